package org.dialtone.api.inventory;

import java.time.Instant;

/**
 * A device as the Device Monitor lists it (F-DEV-3). {@code mac} is 12 lowercase hex digits; serial-identified
 * devices (Studio, Group Series) may have none. {@code type} and {@code model} are null for a CSV-imported
 * device until it connects. {@code lastProvisionAt}/{@code lastProvisionResult} (SUCCESS or FAILED) are the
 * guide's Profile Deployment Result: the last time the device fetched its master configuration.
 */
public record Device(long id, String mac, String serialNumber, DeviceType type, String model, String name,
                     String description, String publicIp, String privateIp, long siteId, String siteName,
                     String softwareVersion, DeviceStatus status, Instant lastSeen, String addedBy,
                     Instant createdAt, long version, Instant lastProvisionAt, String lastProvisionResult) {
    public Device(long id, String mac, String serialNumber, DeviceType type, String model, String name,
                  String description, String publicIp, String privateIp, long siteId, String siteName,
                  String softwareVersion, DeviceStatus status, Instant lastSeen, String addedBy,
                  Instant createdAt, long version) {
        this(id, mac, serialNumber, type, model, name, description, publicIp, privateIp, siteId, siteName, softwareVersion,
                status, lastSeen, addedBy, createdAt, version, null, null);
    }
}
