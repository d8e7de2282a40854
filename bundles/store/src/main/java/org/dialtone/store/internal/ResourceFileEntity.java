package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "resource_file")
public class ResourceFileEntity extends StoredEntity {
    String name;
    @Column(name = "name_key")
    String nameKey;
    String description;
    String sha256;
    @Column(name = "byte_count")
    long bytes;
    @Column(name = "uploaded_at")
    LocalDateTime uploadedAt;
    @Column(name = "uploaded_by")
    String uploadedBy;
}
