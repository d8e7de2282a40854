package org.dialtone.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.dialtone.api.tasks.PacketCapture;

/** Device packet captures; state changes are conditional, so that of several nodes one acts on each. */
public interface PacketCaptureRepository {
    /** The upload token of a capture, sealed, beside the capture. */
    record Held(PacketCapture capture, String sealedToken) {
    }

    /** A new capture under way, or empty when the device has one under way already. */
    Optional<PacketCapture> create(long deviceId, String filter, int sizeMb, int minutes, Instant startedAt, String actor, String tokenHash,
                                   String sealedToken);

    Optional<Held> active(long deviceId);

    Optional<Held> byToken(String tokenHash);

    /** Moves the capture from {@code from} to {@code to} (recording the reason); false when another change came first. */
    boolean move(long id, PacketCapture.State from, PacketCapture.State to, String reason, Instant now);

    /** The file arrived: done, the upload token forgotten; false unless it was under way. */
    boolean received(long id, String fileName, Instant now);

    /** Captures still under way at their end time. */
    List<Held> ended(Instant now, int limit);

    /** Fails the captures whose device was told to send its file before {@code before} and has not; returns how many. */
    int failUnsent(Instant before, String reason, Instant now);

    List<PacketCapture> recent(long deviceId, int limit);
}
