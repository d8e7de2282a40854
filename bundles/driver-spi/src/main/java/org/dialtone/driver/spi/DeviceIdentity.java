package org.dialtone.driver.spi;

import java.util.Locale;
import java.util.regex.Pattern;

/** A device's identity: a MAC address for phones, a serial number for Studio-like devices. */
public record DeviceIdentity(Kind kind, String value) {
    public enum Kind { MAC, SERIAL }

    private static final Pattern MAC = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,64}");

    public DeviceIdentity {
        if (kind == Kind.MAC && !MAC.matcher(value).matches()) {
            throw new IllegalArgumentException("a MAC identity is 12 lowercase hex digits without separators");
        }
        if (kind == Kind.SERIAL && !SERIAL.matcher(value).matches()) {
            throw new IllegalArgumentException("a serial number is 1 to 64 letters, digits or '-'");
        }
    }

    /** Accepts {@code 00:04:F2:…}, {@code 00-04-f2-…} and {@code 0004F2…}; stores 12 lowercase hex digits. */
    public static DeviceIdentity mac(String text) {
        String hex = text.replace(":", "").replace("-", "").toLowerCase(Locale.ROOT);
        return new DeviceIdentity(Kind.MAC, hex);
    }

    public static DeviceIdentity serial(String text) {
        return new DeviceIdentity(Kind.SERIAL, text);
    }
}
