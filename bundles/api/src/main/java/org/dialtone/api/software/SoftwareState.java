package org.dialtone.api.software;

/**
 * Where a device stands with the image its profiles select, as of its last provisioning request.
 * {@link #PENDING} turns into {@link #FAILING} when the device has asked {@value #FAILING_AFTER_POLLS} times more and
 * still reports another version: it could not download or install the image.
 */
public enum SoftwareState {
    /** No profile selects an image the device's model runs. */
    NONE,
    UP_TO_DATE,
    PENDING,
    FAILING;

    public static final int FAILING_AFTER_POLLS = 3;

    public static SoftwareState of(boolean targeted, boolean current, int pollsBehind) {
        if (!targeted) {
            return NONE;
        }
        return current ? UP_TO_DATE : pollsBehind >= FAILING_AFTER_POLLS ? FAILING : PENDING;
    }

    /** Case-insensitive, with {@code up-to-date} for {@code UP_TO_DATE}; null for blank, 400 naming the field otherwise. */
    public static SoftwareState parse(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return valueOf(text.strip().replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new org.dialtone.api.InvalidInputException(field, "must be one of none, up-to-date, pending, failing");
        }
    }
}
