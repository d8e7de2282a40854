package org.dialtone.api.inventory;

import java.time.Instant;

/**
 * A device as the Device Monitor lists it (F-DEV-3). {@code mac} is 12 lowercase hex digits; serial-identified
 * devices (Studio, Group Series) may have none. {@code type} and {@code model} are null for a CSV-imported
 * device until it connects.
 */
public record Device(long id, String mac, String serialNumber, DeviceType type, String model, String name,
                     String description, String publicIp, String privateIp, long siteId, String siteName,
                     String softwareVersion, DeviceStatus status, Instant lastSeen, String addedBy,
                     Instant createdAt, long version) {
}
