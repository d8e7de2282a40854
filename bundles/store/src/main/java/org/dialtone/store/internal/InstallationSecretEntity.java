package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Id;
import javax.persistence.Table;

@Entity
@Table(name = "installation_secret")
public class InstallationSecretEntity {
    @Id
    String name;
    @Column(name = "sealed_value")
    String sealedValue;
    @Column(name = "created_at")
    LocalDateTime createdAt;
}
