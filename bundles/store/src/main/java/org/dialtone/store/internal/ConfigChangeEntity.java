package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "config_change")
public class ConfigChangeEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
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
