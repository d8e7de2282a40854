package org.dialtone.api.inventory;

import java.util.Collection;
import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/**
 * SIP registration (guide: Device Status). A line is REGISTERED, UNREGISTERED or UNKNOWN; a device is the lines it
 * knows taken together: all registered, some ({@code PARTIAL}), none, or nothing known of any line.
 */
public enum SipRegistration {
    REGISTERED, PARTIAL, UNREGISTERED, UNKNOWN;

    /** The device's registration over its lines; lines whose registration is unknown do not count. */
    public static SipRegistration over(Collection<SipRegistration> lines) {
        long registered = lines.stream().filter(r -> r == REGISTERED).count();
        long unregistered = lines.stream().filter(r -> r == UNREGISTERED || r == PARTIAL).count();
        if (registered == 0 && unregistered == 0) {
            return UNKNOWN;
        }
        return unregistered == 0 ? REGISTERED : registered == 0 ? UNREGISTERED : PARTIAL;
    }

    public static SipRegistration parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be registered, partial, unregistered or unknown, not '" + text.strip() + "'");
        }
    }
}
