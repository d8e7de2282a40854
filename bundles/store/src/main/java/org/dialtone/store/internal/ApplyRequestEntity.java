package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "apply_request")
public class ApplyRequestEntity extends StoredEntity {
    String description;
    @Column(name = "device_count")
    int deviceCount;
    @Column(name = "apply_mode")
    String mode;
    @Column(name = "apply_at")
    LocalDateTime at;
    String state;
    @Column(name = "created_at")
    LocalDateTime createdAt;
    @Column(name = "created_by")
    String createdBy;
}
