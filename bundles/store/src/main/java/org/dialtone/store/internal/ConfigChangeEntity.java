package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "config_change")
public class ConfigChangeEntity extends StoredEntity {
    @Column(name = "container_type")
    String containerType;
    @Column(name = "container_key")
    String containerKey;
    @Column(name = "changed_at")
    LocalDateTime changedAt;

    protected ConfigChangeEntity() {
    }

    ConfigChangeEntity(String containerType, String containerKey) {
        this.containerType = containerType;
        this.containerKey = containerKey;
        this.changedAt = Jpa.now();
    }
}
