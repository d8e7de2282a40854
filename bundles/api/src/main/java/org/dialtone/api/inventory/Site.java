package org.dialtone.api.inventory;

import java.util.List;

/**
 * A site (F-SITE-1). {@code builtIn} is {@code INTERNET} or {@code INTRANET} for the two sites the server
 * creates, null otherwise; Internet can be neither edited nor deleted and has no download path.
 * {@code pollIntervalMinutes} is how often its devices' status is polled, null for the installation's setting.
 */
public record Site(long id, String name, String description, String location, String downloadPath,
                   boolean agentSiteSpecific, Integer pollIntervalMinutes, String builtIn, List<PublicSubnet> publicSubnets, long deviceCount,
                   long version) {
    public static final String INTERNET = "INTERNET";
    public static final String INTRANET = "INTRANET";

    public Site {
        publicSubnets = List.copyOf(publicSubnets);
    }
}
