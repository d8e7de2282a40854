package org.dialtone.api.inventory;

/**
 * Which of its two numbers names a device: the serial number for families known by it (Group Series), and for a
 * device of which no MAC address is known; the MAC address otherwise. Files, csv profiles, import rows and
 * messages all go by it.
 */
public record DeviceIdentity(String mac, String serialNumber, boolean bySerialNumber) {
    /** What sets a serial-identified device's files apart from a phone's: {@code sn-<serial>}. */
    public static final String SERIAL_OWNER_PREFIX = "sn-";

    public static DeviceIdentity of(String mac, String serialNumber, boolean serialIdentified) {
        return new DeviceIdentity(mac, serialNumber, serialIdentified || mac == null);
    }

    public static DeviceIdentity of(Device device) {
        return of(device.mac(), device.serialNumber(), device.serialIdentified());
    }

    /** The MAC or the serial number; null when the device has neither. */
    public String value() {
        return bySerialNumber ? serialNumber : mac;
    }

    /**
     * Whose files a device's are: its MAC, or {@code sn-} and its serial number, so that the two kinds never meet (a
     * serial that reads like a MAC, or {@code 000000000000}, is not that phone's, nor every device's).
     */
    public String fileOwner() {
        return bySerialNumber ? SERIAL_OWNER_PREFIX + serialNumber : mac;
    }

    /** The CSV column that holds it. */
    public String column() {
        return bySerialNumber ? "serial_number" : "mac_address";
    }

    /** For messages: {@code device 0004f23ea4e1} or {@code device with serial number 8213...}. */
    public String describe() {
        return bySerialNumber ? "device with serial number " + serialNumber : "device " + mac;
    }

    /** Guide: Auto-Generated Configuration Profile. */
    public String csvProfileName() {
        return value() + "_csv_profile";
    }

    /** The csv profile's name when a profile of an admin's already holds the usual one. */
    public String csvProfileName(long deviceId) {
        return csvProfileName() + "_" + deviceId;
    }
}
