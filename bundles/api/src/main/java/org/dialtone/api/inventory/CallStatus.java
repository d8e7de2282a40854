package org.dialtone.api.inventory;

import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/** Call status (guide: Device Status): in a call when one or more lines are, idle otherwise; unknown until a device tells. */
public enum CallStatus {
    IN_CALL, IDLE, UNKNOWN;

    public static CallStatus parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace("INCALL", "IN_CALL"));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be in_call, idle or unknown, not '" + text.strip() + "'");
        }
    }
}
