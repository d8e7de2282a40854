package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "software_license")
public class SoftwareLicenseEntity {
    @Id
    @Column(name = "image_id")
    long imageId;
    @Column(name = "file_name")
    String fileName;
    String content;
    @Column(name = "uploaded_at")
    LocalDateTime uploadedAt;
    @Column(name = "uploaded_by")
    String uploadedBy;
}
