package org.dialtone.api.inventory;

/**
 * Told when an admin deleted a device, after the deletion committed: a capability that keeps something of the device's
 * outside the database (its files) registers one of these as a service and removes it, so that a device added again
 * under the same MAC starts clean.
 */
public interface DeviceRemoval {
    void deleted(Device device);
}
