package org.dialtone.api.profiles;

import java.time.Instant;
import java.util.List;

/**
 * A configuration profile. {@code attributes} is empty in lists (see {@code attributeCount}) and complete
 * when one profile is read. {@code ownerDeviceId} is set for a device's csv profile only, {@code driverFamily}
 * for the standard profiles a driver ships. {@code softwareProblem} says why the selected image cannot be used (it
 * was deleted: guide, Failed to Find Associated Software in a Configuration Profile); null when it can.
 */
public record Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                      Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                      Instant modifiedAt, long version, String driverFamily, String softwareProblem) {
    public static final String PHONE_PROVISION = "PHONE_PROVISION";

    public Profile {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                   Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                   Instant modifiedAt, long version) {
        this(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, null, null);
    }

    public Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                   Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                   Instant modifiedAt, long version, String driverFamily) {
        this(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, driverFamily, null);
    }

    public Profile withSoftwareProblem(String problem) {
        return new Profile(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, driverFamily, problem);
    }
}
