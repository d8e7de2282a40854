package org.dialtone.api.inventory;

import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/** The field separators the guide allows in one CSV file; a file uses exactly one. */
public enum ImportSeparator {
    COMMA(','), SEMICOLON(';'), TAB('\t');

    private final char character;

    ImportSeparator(char character) {
        this.character = character;
    }

    public char character() {
        return character;
    }

    /** Null or blank means "detect it from the header line". */
    public static ImportSeparator parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        for (ImportSeparator separator : values()) {
            if (separator.name().equalsIgnoreCase(s) || s.equals(String.valueOf(separator.character))) {
                return separator;
            }
        }
        throw new InvalidInputException(field, "must be comma, semicolon or tab, not '" + s.toLowerCase(Locale.ROOT) + "'");
    }
}
