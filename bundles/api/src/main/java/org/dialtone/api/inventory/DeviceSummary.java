package org.dialtone.api.inventory;

import java.util.List;

/**
 * The fleet at a glance, as the service dashboard shows it: devices and how many of them are online, in all and by
 * type, model, site and device group (sites and groups: the largest {@code top}, the rest left out), and by SIP
 * registration and call status (names: the {@link SipRegistration} and {@link CallStatus} values; none left out).
 */
public record DeviceSummary(long devices, long online, List<Tally> byType, List<Tally> byModel, List<Tally> bySite,
                            List<Tally> byGroup, List<Tally> byRegistration, List<Tally> byCallStatus) {
    /** One bucket; {@code id} names the site or device group, null for types and models. */
    public record Tally(Long id, String name, long devices, long online) {
    }
}
