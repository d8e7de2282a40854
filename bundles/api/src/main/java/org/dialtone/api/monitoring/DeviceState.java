package org.dialtone.api.monitoring;

import java.time.Instant;
import java.util.List;
import org.dialtone.api.inventory.CallStatus;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.api.inventory.SipRegistration;

/**
 * A device's status page (guide: Device Status, View Device Details). {@code heardFrom}: EVENT, POLL or PROVISIONING,
 * the last source that heard from it at {@code lastSeen}. {@code sipUri} and {@code sipUser} are those of its first
 * line. {@code licence} is the guide's licence status: Dialtone itself needs no licence, so LICENSED means the device
 * is managed with every feature its driver offers, NO_LICENSE_NEEDED a model that takes none (Studio), UNLICENSED a
 * device whose driver is not installed. {@code modelNote} is what its driver says an admin should know of the model at
 * its firmware (no status reports, no tasks), or null; {@code changes} the latest online/offline changes, newest first.
 */
public record DeviceState(long deviceId, DeviceStatus status, Instant lastSeen, String heardFrom, SipRegistration registration,
                          CallStatus callStatus, List<DeviceLine> lines, String sipUri, String sipUser, Boolean offHook, String userLoggedIn,
                          String lastEvent, Instant lastEventAt, Long uptimeSeconds, Instant lastRebootAt, Instant polledAt,
                          String pollResult, Instant nextPollAt, String licence, String modelNote, List<StateChange> changes) {
    public DeviceState {
        lines = List.copyOf(lines);
        changes = List.copyOf(changes);
    }

    public DeviceState withModel(String licence, String modelNote) {
        return new DeviceState(deviceId, status, lastSeen, heardFrom, registration, callStatus, lines, sipUri, sipUser, offHook, userLoggedIn,
                lastEvent, lastEventAt, uptimeSeconds, lastRebootAt, polledAt, pollResult, nextPollAt, licence, modelNote, changes);
    }
}
