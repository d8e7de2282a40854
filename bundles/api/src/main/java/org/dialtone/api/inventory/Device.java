package org.dialtone.api.inventory;

import java.time.Instant;

/**
 * A device as the Device Monitor lists it (F-DEV-3). {@code mac} is 12 lowercase hex digits; serial-identified
 * devices may have none. {@code family} (the driver's id) and {@code type} (its label, e.g. {@code VVX}) come from
 * the device's driver, as does {@code serialIdentified} (the device is known by its serial number, not its
 * MAC address); they and {@code model} are null for a CSV-imported device until it connects.
 * {@code lastProvisionAt}/{@code lastProvisionResult} (SUCCESS or FAILED) are the guide's Profile Deployment
 * Result: the last time the device fetched its master configuration. {@code softwareUpdate} is the image the device
 * was last told to run and whether it runs it (null when none was selected for it). {@code driverMissing} says the driver of its
 * family is not installed: the device is kept, and its provisioning requests are refused until the driver returns.
 * {@code modelNote} is what its driver says an admin should know of its model at its firmware (no status reports, no
 * tasks, TLS 1.0 only), or null. {@code registration} and {@code callStatus} are what the device last reported
 * (pushed events, polls) over all its lines.
 */
public record Device(long id, String mac, String serialNumber, String family, String type, boolean serialIdentified,
                     String model, String name, String description, String publicIp, String privateIp, long siteId, String siteName,
                     String softwareVersion, DeviceStatus status, Instant lastSeen, String addedBy,
                     Instant createdAt, long version, Instant lastProvisionAt, String lastProvisionResult,
                     boolean driverMissing, org.dialtone.api.software.SoftwareUpdate softwareUpdate, String modelNote,
                     SipRegistration registration, CallStatus callStatus) {

    public DeviceIdentity identity() {
        return DeviceIdentity.of(this);
    }

    public Device withDriverMissing(boolean missing) {
        return missing == driverMissing ? this
                : new Device(id, mac, serialNumber, family, type, serialIdentified, model, name, description, publicIp, privateIp, siteId, siteName,
                softwareVersion, status, lastSeen, addedBy, createdAt, version, lastProvisionAt, lastProvisionResult, missing, softwareUpdate,
                modelNote, registration, callStatus);
    }

    public Device withModelNote(String note) {
        return java.util.Objects.equals(note, modelNote) ? this
                : new Device(id, mac, serialNumber, family, type, serialIdentified, model, name, description, publicIp, privateIp, siteId, siteName,
                softwareVersion, status, lastSeen, addedBy, createdAt, version, lastProvisionAt, lastProvisionResult, driverMissing, softwareUpdate,
                note, registration, callStatus);
    }
}
