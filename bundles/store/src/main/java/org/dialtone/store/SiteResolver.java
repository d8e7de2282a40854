package org.dialtone.store;

import java.util.List;

/** Finds the site of a device's addresses; built from all sites' subnets by the inventory. */
public interface SiteResolver {
    /** @param publicIp null when the device never connected: it belongs to the Internet site */
    long siteOf(String publicIp, String privateIp);

    /** Builds a resolver over the sites as they are inside the current transaction. */
    interface Factory {
        SiteResolver over(List<SiteSubnets> sites);
    }
}
