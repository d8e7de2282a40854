package org.dialtone.inventory.internal;

import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;

/** The guide's Field Input Requirements for device, device group and site names. */
final class Names {
    static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9#.\\-_()\\[\\]]+");
    static final String RULE = "may contain only ASCII letters, digits and # . - _ ( ) [ ]";

    private Names() {
    }

    /** The stripped name, or an error naming the field and the allowed characters. */
    static String require(String field, String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(field, "is required; it " + RULE);
        }
        String s = name.strip();
        return check(field, s);
    }

    /** Null and blank mean "no name". */
    static String optional(String field, String name) {
        return name == null || name.isBlank() ? null : check(field, name.strip());
    }

    private static String check(String field, String s) {
        if (s.length() > MAX_LENGTH) {
            throw new InvalidInputException(field, "is " + s.length() + " characters long; at most " + MAX_LENGTH + " are allowed");
        }
        if (!ALLOWED.matcher(s).matches()) {
            throw new InvalidInputException(field, "'" + s + "' " + RULE + " (no spaces)");
        }
        return s;
    }

    static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw new InvalidInputException(field, "is " + s.length() + " characters long; at most " + max + " are allowed");
        }
        if (s.chars().anyMatch(c -> c < 0x20 && c != '\t')) {
            throw new InvalidInputException(field, "must not contain control characters such as line breaks");
        }
        return s;
    }
}
