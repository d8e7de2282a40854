package org.dialtone.api.inventory;

/**
 * What an admin may edit on a device (guide: Edit a Device). Absent (null) fields keep their value, an empty
 * string clears it.
 */
public record DeviceChange(String name, String privateIp, String description, Long expectedVersion) {
}
