package org.dialtone.api;

import java.util.regex.Pattern;

/**
 * The guide's Field Input Requirements for the names admins give sites, device groups, devices and profiles:
 * ASCII letters, digits and {@code # . - _ ( ) [ ]}, in words separated by single spaces (the guide's own examples
 * name sites "Site A-1"); trimmed at the ends. None of {@code / \ : * ? " < > |}, so a profile's name is also a safe
 * file name in a ZIP export.
 */
public final class Names {
    public static final String RULE = "may contain only ASCII letters, digits and # . - _ ( ) [ ], in words separated by single spaces";
    private static final String WORD = "[A-Za-z0-9#.\\-_()\\[\\]]+";
    private static final Pattern ALLOWED = Pattern.compile(WORD + "( " + WORD + ")*");

    private Names() {
    }

    /** The trimmed name, or an error naming the field and the rule. */
    public static String require(String field, String name, int maxLength) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException(field, "is required; it " + RULE);
        }
        return check(field, name.strip(), maxLength);
    }

    /** Null and blank mean "no name". */
    public static String optional(String field, String name, int maxLength) {
        return name == null || name.isBlank() ? null : check(field, name.strip(), maxLength);
    }

    private static String check(String field, String s, int maxLength) {
        if (s.length() > maxLength) {
            throw new InvalidInputException(field, "is " + s.length() + " characters long; at most " + maxLength + " are allowed");
        }
        if (!ALLOWED.matcher(s).matches()) {
            throw new InvalidInputException(field, "'" + s + "' " + RULE);
        }
        return s;
    }
}
