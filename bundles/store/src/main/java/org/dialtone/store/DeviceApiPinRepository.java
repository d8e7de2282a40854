package org.dialtone.store;

import java.util.Optional;

/** The certificate fingerprint each device's REST API is pinned to (SHA-256, hex). */
public interface DeviceApiPinRepository {
    Optional<String> pin(long deviceId);

    /** Pins the fingerprint unless the device has one already; returns the one that holds. */
    String pinFirst(long deviceId, String sha256);

    /** Forgets the pin, so that the device's next certificate is accepted and pinned; false when there was none. */
    boolean forget(long deviceId);
}
