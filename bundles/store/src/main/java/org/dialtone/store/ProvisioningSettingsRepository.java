package org.dialtone.store;

import java.util.function.UnaryOperator;

public interface ProvisioningSettingsRepository {
    StoredProvisioningSettings load();

    /**
     * Applies {@code change} to the current settings in one transaction and returns what was stored.
     *
     * @param expectedVersion when not null, the change is refused with a ConflictException if the settings are
     *                        at another version; concurrent writers are detected either way
     */
    StoredProvisioningSettings update(Long expectedVersion, UnaryOperator<StoredProvisioningSettings> change);
}
