package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "profile")
public class ProfileEntity extends AdminEditedEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    String description;
    @Column(name = "profile_type")
    String type;
    @Column(name = "profile_mode")
    String mode;
    @Column(name = "software_image_id")
    Long softwareImageId;
    @Column(name = "owner_device_id")
    Long ownerDeviceId;
    @Column(name = "driver_family")
    String driverFamily;
}
