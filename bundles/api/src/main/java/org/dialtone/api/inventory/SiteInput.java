package org.dialtone.api.inventory;

import java.util.List;

/**
 * A site as an admin writes it, for adding or replacing one. {@code expectedVersion} (optional on replace)
 * refuses the change with a conflict when someone else changed the site meanwhile; {@code pollIntervalMinutes} null
 * or absent leaves the site on the installation's poll interval.
 */
public record SiteInput(String name, String description, String location, String downloadPath,
                        Boolean agentSiteSpecific, Integer pollIntervalMinutes, List<PublicSubnet> publicSubnets, Long expectedVersion) {
    public SiteInput {
        publicSubnets = publicSubnets == null ? List.of() : List.copyOf(publicSubnets);
    }
}
