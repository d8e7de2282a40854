package org.dialtone.api.profiles;

import java.time.Instant;
import java.util.List;

/**
 * A configuration profile. {@code attributes} is empty in lists (see {@code attributeCount}) and complete
 * when one profile is read. {@code ownerDeviceId} is set for a device's csv profile only, {@code driverFamily}
 * for the standard profiles a driver ships. {@code softwareProblem} says why the selected image cannot be used (it
 * was deleted: guide, Failed to Find Associated Software in a Configuration Profile); null when it can. {@code warnings}:
 * where one profile's values disagree with the schema that applies, one line per parameter (empty in lists).
 */
public record Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                      Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                      Instant modifiedAt, long version, String driverFamily, String softwareProblem, List<String> warnings) {
    public static final String PHONE_PROVISION = "PHONE_PROVISION";

    public Profile {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                   Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                   Instant modifiedAt, long version) {
        this(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, null, null, List.of());
    }

    public Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                   Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                   Instant modifiedAt, long version, String driverFamily) {
        this(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, driverFamily, null, List.of());
    }

    public Profile withSoftwareProblem(String problem) {
        return new Profile(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, driverFamily, problem, warnings);
    }

    public Profile withWarnings(List<String> found) {
        return new Profile(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, driverFamily, softwareProblem, found);
    }
}
