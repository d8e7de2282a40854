package org.dialtone.store;

import java.util.List;

/** One site's public subnets, as the site matcher needs them. */
public record SiteSubnets(long siteId, String name, List<StoredSubnet> publicSubnets) {
    public SiteSubnets {
        publicSubnets = List.copyOf(publicSubnets);
    }
}
