package org.dialtone.store.internal;

import java.time.LocalDateTime;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.Table;

@Entity
@Table(name = "api_token")
public class ApiTokenEntity extends StoredEntity {
    @Column(name = "account_id")
    long accountId;
    String label;
    String role;
    @Column(name = "secret_hash")
    String secretHash;
    @Column(name = "created_at")
    LocalDateTime createdAt;
    @Column(name = "expires_at")
    LocalDateTime expiresAt;
    @Column(name = "last_used_at")
    LocalDateTime lastUsedAt;
    @Column(name = "last_used_address")
    String lastUsedAddress;
    @Column(name = "revoked_at")
    LocalDateTime revokedAt;
}
