package org.dialtone.api.provisioning;

import java.time.Instant;
import java.time.LocalTime;

/**
 * The guide's Provisioning Settings page (F-PROV-6, F-PROV-7). The account password is never part of it:
 * {@code accountConfigured} only says whether phones can authenticate yet.
 *
 * @param hostName            the provisioning server's host name that phones are given
 * @param downloadPathInside  software download path for devices inside the enterprise (Enterprise Sites)
 * @param downloadPathOutside software download path for devices outside it (the Internet site)
 * @param provisioningAddress the address phones are configured with, e.g. {@code https://prov.example.com:8443/prov}
 * @param dhcpOptionValue     the string for DHCP option 66 and 160/161 (guide: Automatic Configuration: DHCP Scope Option),
 *                            with the account user and a {@code <password>} placeholder: the password is never stored
 * @param version             optimistic-lock version; send it back on update to detect concurrent edits
 */
public record ProvisioningSettings(
        String hostName,
        String downloadPathInside,
        String downloadPathOutside,
        LocalTime pollingWindowStart,
        LocalTime pollingWindowEnd,
        String accountUser,
        boolean accountConfigured,
        String provisioningAddress,
        String dhcpOptionValue,
        Instant modifiedAt,
        String modifiedBy,
        long version) {
    /**
     * The server as devices reach it: the provisioning address without its {@code /prov}, where the addresses devices
     * post to (events, packet captures) are.
     */
    public static String serverAddress(String provisioningAddress) {
        return provisioningAddress.endsWith("/prov") ? provisioningAddress.substring(0, provisioningAddress.length() - "/prov".length())
                : provisioningAddress.replaceAll("/+$", "");
    }
}
