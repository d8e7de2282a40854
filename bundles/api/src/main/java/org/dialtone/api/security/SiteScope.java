package org.dialtone.api.security;

import java.util.Collection;
import java.util.Set;

/**
 * The sites a caller acts on: every one, or only those granted to its account (the site-scoped operator or viewer).
 * A limited caller sees and changes only the devices of its sites, and nothing that reaches devices at other sites.
 */
public record SiteScope(boolean limited, Set<Long> siteIds) {
    public static final SiteScope EVERY_SITE = new SiteScope(false, Set.of());

    public SiteScope {
        siteIds = Set.copyOf(siteIds);
    }

    public static SiteScope of(Collection<Long> siteIds) {
        return new SiteScope(true, Set.copyOf(siteIds));
    }

    /** Whether a device at {@code siteId} (null: at no site) is within reach. */
    public boolean reaches(Long siteId) {
        return !limited || siteId != null && siteIds.contains(siteId);
    }

    /** The sites to limit a query to, or null for every site. */
    public Set<Long> filter() {
        return limited ? siteIds : null;
    }
}
