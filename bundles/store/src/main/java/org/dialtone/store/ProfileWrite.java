package org.dialtone.store;

import java.util.List;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;

/** A validated profile to store; attributes unique by name, in their order. */
public record ProfileWrite(String name, String description, ProfileType type, String mode, Long softwareImageId,
                           String driverFamily, List<ProfileAttribute> attributes) {
    public ProfileWrite {
        attributes = List.copyOf(attributes);
    }
}
