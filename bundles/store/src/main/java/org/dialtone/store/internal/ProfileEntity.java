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
@Table(name = "profile")
public class ProfileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
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
    @Column(name = "modified_at")
    LocalDateTime modifiedAt;
    @Column(name = "modified_by")
    String modifiedBy;
    @Version
    long version;
}
