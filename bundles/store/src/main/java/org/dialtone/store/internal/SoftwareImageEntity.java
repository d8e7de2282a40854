package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "software_image")
public class SoftwareImageEntity extends StoredEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    String families;
    String version;
    String models;
    String sha256;
    @Column(name = "byte_count")
    long bytes;
    @Column(name = "uploaded_at")
    LocalDateTime uploadedAt;
    @Column(name = "uploaded_by")
    String uploadedBy;
}
