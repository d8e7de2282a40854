package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "device_schema")
public class DeviceSchemaEntity extends StoredEntity {
    String kind;
    String name;
    String sha256;
    @Column(name = "byte_count")
    long bytes;
    @Column(name = "attribute_count")
    int attributeCount;
    String body;
    @Column(name = "uploaded_at")
    LocalDateTime uploadedAt;
    @Column(name = "uploaded_by")
    String uploadedBy;
}
