package org.dialtone.api.monitoring;

import java.time.Instant;

/**
 * A device or system alert (CMA: Device Alerts). {@code subject} names what it is about (a device id, an image, an
 * address); one alert of a kind per subject is open at a time. It stays OPEN until acknowledged (someone is on it) and
 * is CLEARED when its condition ends (by Dialtone) or by an admin.
 */
public record Alert(long id, Kind kind, Long deviceId, String subject, String message, State state, Instant raisedAt,
                    String acknowledgedBy, Instant acknowledgedAt, String clearedBy, Instant clearedAt) {
    public enum Kind { DEVICE_OFFLINE, REGISTRATION_LOST, SOFTWARE_FAILING, PROVISIONING_AUTHENTICATION_FAILURES, CERTIFICATE_EXPIRING, HEALTH_DEGRADED, SIGN_IN_FAILURES }

    public enum State { OPEN, ACKNOWLEDGED, CLEARED }
}
