package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "resource_file")
public class ResourceFileEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "inventory_seq")
    long id;
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
