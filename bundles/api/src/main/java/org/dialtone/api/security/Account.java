package org.dialtone.api.security;

import java.time.Instant;

/** An admin account (F-ADMIN-1), as every node sees it; never its password. */
public record Account(long id, String name, String fullName, String email, Role role, boolean enabled, Instant passwordChangedAt,
                      Instant lastSignInAt, String lastSignInAddress, Instant createdAt, Instant modifiedAt, String modifiedBy,
                      long version) {
}
