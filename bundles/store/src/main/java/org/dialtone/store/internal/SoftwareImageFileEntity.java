package org.dialtone.store.internal;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "software_image_file")
public class SoftwareImageFileEntity extends StoredEntity {
    @Column(name = "image_id")
    long imageId;
    String name;
    String sha256;
    @Column(name = "byte_count")
    long bytes;
}
