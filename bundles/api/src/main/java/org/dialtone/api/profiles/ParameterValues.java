package org.dialtone.api.profiles;

import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/** What a parameter's value may hold wherever it is set: in a profile, or in a device's csv profile through an import. */
public final class ParameterValues {
    /** Guide: the phones' factory admin password, which Dialtone must never set (Manage the Device Administrator Password). */
    public static final String FACTORY_ADMIN_PASSWORD = "456";
    private static final String ADMIN_PASSWORD = "device.auth.localadminpassword";

    private ParameterValues() {
    }

    /**
     * Refuses, as {@code field}, a value a phone cannot parse (line breaks and other control characters, and what XML 1.0
     * forbids: U+FFFE, U+FFFF, unpaired surrogates) and the factory admin password as the device admin password.
     */
    public static void check(String field, String name, String value) {
        if (value.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new InvalidInputException(field, name + " contains a control character such as a line break");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean unpaired = Character.isHighSurrogate(c) ? i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (c == 0xFFFE || c == 0xFFFF || unpaired) {
                throw new InvalidInputException(field, name + " contains a character that configuration files cannot carry (U+"
                        + String.format("%04X", (int) c) + "); remove it");
            }
        }
        if (name.toLowerCase(Locale.ROOT).equals(ADMIN_PASSWORD) && value.strip().equals(FACTORY_ADMIN_PASSWORD)) {
            throw new InvalidInputException(field, FACTORY_ADMIN_PASSWORD + " is the phones' factory admin password and cannot be the"
                    + " device admin password; choose another");
        }
    }
}
