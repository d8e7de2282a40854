package org.dialtone.api.inventory;

import java.util.Objects;

/**
 * A device type as the driver of its family names it (the core names none).
 *
 * @param family           the driver's family id, e.g. what {@code dialtone:health} lists
 * @param label            the name CSV files ({@code endpoint_type}) and the Device Monitor use
 * @param serialIdentified whether devices of the type are identified by serial number rather than MAC address
 */
public record DeviceType(String family, String label, boolean serialIdentified) {
    public DeviceType {
        Objects.requireNonNull(family, "family");
        Objects.requireNonNull(label, "label");
    }
}
