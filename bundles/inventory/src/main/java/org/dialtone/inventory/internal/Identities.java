package org.dialtone.inventory.internal;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;

/** MAC addresses and serial numbers as devices are identified by them. */
final class Identities {
    private static final Pattern MAC = Pattern.compile("[0-9a-f]{12}");
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9]{4,64}");

    private Identities() {
    }

    /** Accepts {@code 00:04:F2:…}, {@code 00-04-f2-…}, {@code 0004.f2…} and {@code 0004F2…}; answers 12 lowercase hex digits. */
    static String mac(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String hex = text.strip().replaceAll("[:\\-.]", "").toLowerCase(Locale.ROOT);
        if (!MAC.matcher(hex).matches()) {
            throw new InvalidInputException(field, "'" + text.strip() + "' is not a MAC address; write 12 hex digits such as 0004f23ea4e1");
        }
        return hex;
    }

    static String serial(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (!SERIAL.matcher(s).matches()) {
            throw new InvalidInputException(field, "'" + s + "' is not a serial number; write 4 to 64 letters and digits such as 8218404c20ccf9");
        }
        return s;
    }
}
