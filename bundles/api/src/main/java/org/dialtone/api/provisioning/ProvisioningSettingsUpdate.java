package org.dialtone.api.provisioning;

import java.time.LocalTime;

/**
 * A change to the provisioning settings. Null fields keep their current value; an empty download path
 * clears it. {@code accountUser} and {@code accountPassword} change together.
 *
 * @param expectedVersion when set, the update is refused if the settings changed since that version
 */
public record ProvisioningSettingsUpdate(
        String hostName,
        String downloadPathInside,
        String downloadPathOutside,
        LocalTime pollingWindowStart,
        LocalTime pollingWindowEnd,
        String accountUser,
        String accountPassword,
        Long expectedVersion) {
}
