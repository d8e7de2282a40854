package org.dialtone.api.tasks;

import java.util.List;

/** The guide's Capture a Device Network Packet, Stop or Cancel Network Capture: one capture at a time per device. */
public interface PacketCaptures {
    /**
     * Starts a capture on the device, which must have {@code diags.pcap.enabled} set to 1 (the guide's precondition).
     *
     * @throws org.dialtone.api.InvalidInputException naming {@code filter}, {@code sizeMb} or {@code minutes}
     * @throws org.dialtone.api.ConflictException when a capture is under way, the device does not capture, or refuses
     * @throws org.dialtone.api.UnavailableException when the device cannot be reached
     */
    PacketCapture start(long deviceId, NewPacketCapture capture, String actor);

    /** Ends the capture under way and keeps its file, which the device then sends. */
    PacketCapture stop(long deviceId, String actor);

    /** Ends the capture under way without keeping a file. */
    PacketCapture cancel(long deviceId, String actor);

    /** The device's latest captures, newest first. */
    List<PacketCapture> recent(long deviceId);
}
