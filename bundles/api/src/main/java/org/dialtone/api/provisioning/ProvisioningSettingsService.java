package org.dialtone.api.provisioning;

public interface ProvisioningSettingsService {
    ProvisioningSettings get();

    /**
     * Validates and applies the whole update, or nothing.
     *
     * @param actor the admin making the change, recorded as modified-by
     * @throws org.dialtone.api.InvalidInputException naming the field and the rule it breaks
     * @throws org.dialtone.api.ConflictException     when {@code expectedVersion} is outdated
     */
    ProvisioningSettings update(ProvisioningSettingsUpdate update, String actor);
}
