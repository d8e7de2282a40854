package org.dialtone.store;

import java.util.List;

/**
 * A site subnet as stored: the address the admin typed, and the first and last address it covers as 32 hex
 * digits (IPv4 mapped into IPv6) so devices inside it can be found with an index range scan.
 */
public record StoredSubnet(String ipAddress, int maskLength, String rangeLow, String rangeHigh,
                           List<StoredSubnet> privateSubnets) {
    public StoredSubnet {
        privateSubnets = privateSubnets == null ? List.of() : List.copyOf(privateSubnets);
    }
}
