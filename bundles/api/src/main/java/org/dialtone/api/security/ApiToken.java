package org.dialtone.api.security;

import java.time.Instant;

/** An API token of an account, used as {@code Authorization: Bearer}; its secret is shown once, when it is created. */
public record ApiToken(long id, String account, String label, Role role, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                       String lastUsedAddress, Instant revokedAt) {
    public boolean usable(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt);
    }
}
