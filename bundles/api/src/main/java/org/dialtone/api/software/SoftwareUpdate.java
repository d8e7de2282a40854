package org.dialtone.api.software;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The image a device was last told to run and how it went: {@code pollsBehind} counts the device's requests since
 * then that still reported another version.
 */
public record SoftwareUpdate(long imageId, String version, SoftwareState state, int pollsBehind) {
    private static final Pattern NUMERIC = Pattern.compile("^\\s*v?(\\d+(?:\\.\\d+)*)");

    /** The device is told to run this image from now on, while it runs {@code running}: counting starts again. */
    public static SoftwareUpdate target(long imageId, String version, String running) {
        return new SoftwareUpdate(imageId, version, SoftwareState.of(true, sameVersion(running, version), 0), 0);
    }

    /** After a provisioning request in which the device reported {@code firmware}: one more poll behind unless it runs the image. */
    public SoftwareUpdate reported(String firmware) {
        boolean current = sameVersion(firmware, version);
        int behind = current ? 0 : pollsBehind + 1;
        return new SoftwareUpdate(imageId, version, SoftwareState.of(true, current, behind), behind);
    }

    /**
     * Whether the version a device reports is the image's: the leading dotted numbers decide ({@code 5.9.6.2327} is
     * {@code 5.9.6.2327 rts12}); versions without numbers compare as text, ignoring case.
     */
    public static boolean sameVersion(String reported, String image) {
        if (reported == null || image == null) {
            return false;
        }
        Matcher a = NUMERIC.matcher(reported);
        Matcher b = NUMERIC.matcher(image);
        if (a.find() && b.find()) {
            return a.group(1).equals(b.group(1));
        }
        return reported.strip().equalsIgnoreCase(image.strip());
    }
}
