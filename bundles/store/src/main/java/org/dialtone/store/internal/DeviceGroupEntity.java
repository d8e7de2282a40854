package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "device_group")
public class DeviceGroupEntity extends AdminEditedEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    String description;
    @Column(name = "default_rank")
    Integer defaultRank;
}
