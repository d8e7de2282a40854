package org.dialtone.api.tls;

import java.time.Instant;

/** A device last seen on the legacy listener: its firmware needs an update to TLS 1.2. */
public record LegacyDevice(String device, String protocol, String userAgent, Instant lastSeen) {
}
