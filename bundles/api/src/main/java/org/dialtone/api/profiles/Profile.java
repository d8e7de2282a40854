package org.dialtone.api.profiles;

import java.time.Instant;
import java.util.List;

/**
 * A configuration profile. {@code attributes} is empty in lists (see {@code attributeCount}) and complete
 * when one profile is read. {@code ownerDeviceId} is set for a device's csv profile only, {@code driverFamily}
 * for the standard profiles a driver ships.
 */
public record Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                      Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                      Instant modifiedAt, long version, String driverFamily) {
    public static final String PHONE_PROVISION = "PHONE_PROVISION";

    public Profile {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    public Profile(long id, String name, String description, ProfileType type, String mode, Long softwareImageId,
                   Long ownerDeviceId, int attributeCount, List<ProfileAttribute> attributes, String modifiedBy,
                   Instant modifiedAt, long version) {
        this(id, name, description, type, mode, softwareImageId, ownerDeviceId, attributeCount, attributes, modifiedBy,
                modifiedAt, version, null);
    }
}
