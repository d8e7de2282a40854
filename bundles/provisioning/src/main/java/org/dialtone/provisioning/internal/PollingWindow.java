package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalTime;
import java.util.zip.CRC32;

/**
 * When in the provisioning settings' polling window (guide: default 03:00 to 05:00) a device polls: each device at a
 * time of its own, derived from its identity, so that devices spread evenly over the window and a device keeps its
 * time from one day to the next. A window may pass midnight.
 */
final class PollingWindow {
    private PollingWindow() {
    }

    static LocalTime timeFor(String identity, LocalTime start, LocalTime end) {
        long minutes = length(start, end).toMinutes();
        CRC32 crc = new CRC32();
        crc.update(identity.getBytes(StandardCharsets.US_ASCII));
        return start.plusMinutes(Math.floorMod(crc.getValue(), minutes));
    }

    /** How long the window lasts; one that passes midnight ends the next day. */
    static Duration length(LocalTime start, LocalTime end) {
        Duration length = Duration.between(start, end);
        return length.isNegative() || length.isZero() ? length.plusDays(1) : length;
    }
}
