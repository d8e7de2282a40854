package org.dialtone.store;

import java.util.List;

/** A validated site to store. */
public record SiteWrite(String name, String description, String location, String downloadPath,
                        boolean agentSiteSpecific, Integer pollIntervalMinutes, List<StoredSubnet> publicSubnets) {
    public SiteWrite {
        publicSubnets = List.copyOf(publicSubnets);
    }
}
