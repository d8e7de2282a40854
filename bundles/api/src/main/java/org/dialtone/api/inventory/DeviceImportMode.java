package org.dialtone.api.inventory;

import org.dialtone.api.InvalidInputException;

/**
 * What a device CSV import does to devices that already exist (guide: Updating Existing Devices Using a CSV File).
 */
public enum DeviceImportMode {
    /** Existing devices are left alone; the row is logged as skipped. */
    IGNORE_EXISTING,
    /** The device's csv profile and group associations become exactly what the row says. */
    OVERWRITE,
    /** Attributes with a value in the row are added or updated, the others kept; the row's groups are added. */
    MERGE;

    public static DeviceImportMode parse(String text) {
        if (text == null || text.isBlank()) {
            return IGNORE_EXISTING;
        }
        String key = text.strip().replace('-', '_');
        for (DeviceImportMode mode : values()) {
            if (mode.name().equalsIgnoreCase(key)) {
                return mode;
            }
        }
        if ("off".equalsIgnoreCase(key) || "ignore".equalsIgnoreCase(key)) {
            return IGNORE_EXISTING;
        }
        throw new InvalidInputException("updateExisting", "must be off, overwrite or merge");
    }
}
