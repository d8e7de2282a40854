package org.dialtone.api.security;

import java.time.Instant;

/**
 * An admin account (F-ADMIN-1), as every node sees it; never its password. {@code siteLimited}: it acts only on the
 * devices of {@code siteIds} (the site-scoped operator or viewer), which may have become none when sites were removed.
 */
public record Account(long id, String name, String fullName, String email, Role role, boolean enabled, Instant passwordChangedAt,
                      Instant lastSignInAt, String lastSignInAddress, Instant createdAt, Instant modifiedAt, String modifiedBy,
                      long version, boolean siteLimited, java.util.List<Long> siteIds) {
    public Account {
        siteIds = siteIds == null ? java.util.List.of() : java.util.List.copyOf(siteIds);
    }

    /** What it may reach, as its requests carry it. */
    public SiteScope siteScope() {
        return siteLimited ? SiteScope.of(siteIds) : SiteScope.EVERY_SITE;
    }
}
