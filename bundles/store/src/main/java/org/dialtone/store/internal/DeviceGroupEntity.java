package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;
import javax.persistence.Version;

@Entity
@Table(name = "device_group")
public class DeviceGroupEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
    String name;
    @Column(name = "name_key")
    String nameKey;
    String description;
    @Column(name = "default_rank")
    Integer defaultRank;
    @Column(name = "modified_at")
    LocalDateTime modifiedAt;
    @Column(name = "modified_by")
    String modifiedBy;
    @Version
    long version;
}
