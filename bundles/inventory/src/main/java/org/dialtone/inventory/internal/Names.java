package org.dialtone.inventory.internal;

import org.dialtone.api.InvalidInputException;

/** Device, device group and site names (64 characters at most), and free text. */
final class Names {
    static final int MAX_LENGTH = 64;

    private Names() {
    }

    /** The trimmed name, or an error naming the field and the rule ({@link org.dialtone.api.Names}). */
    static String require(String field, String name) {
        return org.dialtone.api.Names.require(field, name, MAX_LENGTH);
    }

    /** Null and blank mean "no name". */
    static String optional(String field, String name) {
        return org.dialtone.api.Names.optional(field, name, MAX_LENGTH);
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
