package org.dialtone.store;

import java.time.Instant;
import java.time.LocalTime;

/** @param accountSecret the provisioning account's credential as sealed by the SecretCipher; null when none is set */
public record StoredProvisioningSettings(
        String hostName,
        String downloadPathInside,
        String downloadPathOutside,
        LocalTime pollingWindowStart,
        LocalTime pollingWindowEnd,
        String accountUser,
        String accountSecret,
        Instant modifiedAt,
        String modifiedBy,
        long version) {
}
