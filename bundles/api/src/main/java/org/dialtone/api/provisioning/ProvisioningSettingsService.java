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

    /**
     * Grows each time this node writes the settings: a cache of them compares it on every use and reads again at once
     * when it moved, so the node that wrote a change applies it to the very next request (other nodes within their
     * own re-read bound).
     */
    default long localChanges() {
        return 0;
    }
}
