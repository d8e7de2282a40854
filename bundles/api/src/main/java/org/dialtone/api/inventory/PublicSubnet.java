package org.dialtone.api.inventory;

import java.util.List;

/** A site's public subnet with the private subnets that narrow it; no private subnets = the whole public subnet. */
public record PublicSubnet(String ipAddress, int maskLength, List<Subnet> privateSubnets) {
    public PublicSubnet {
        privateSubnets = privateSubnets == null ? List.of() : List.copyOf(privateSubnets);
    }
}
