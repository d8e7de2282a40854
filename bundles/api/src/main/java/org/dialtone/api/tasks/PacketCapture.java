package org.dialtone.api.tasks;

import java.time.Instant;

/**
 * A device's network packet capture (the guide's Capture Packet): under way until {@code endsAt}, the size the device
 * stops at, or an admin's Stop (the device then sends the file, kept among its logs as {@code fileName}) or Cancel (no
 * file is kept). {@code reason} says why one failed.
 */
public record PacketCapture(long id, long deviceId, State state, String filter, int sizeMb, int minutes, Instant startedAt, Instant endsAt,
                            String startedBy, Instant finishedAt, String fileName, String reason) {
    public enum State {
        /** The device captures. */
        CAPTURING,
        /** The device was told to send its capture file. */
        UPLOADING,
        DONE, CANCELLED, FAILED;

        public boolean active() {
            return this == CAPTURING || this == UPLOADING;
        }
    }
}
