package org.dialtone.api.monitoring;

import java.time.Instant;
import org.dialtone.api.inventory.DeviceStatus;

/** A device going online or offline, and why (which source heard it, or how long it was silent). */
public record StateChange(Instant at, DeviceStatus status, String reason) {
}
