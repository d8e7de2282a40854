package org.dialtone.api.profiles;

import java.util.List;

/**
 * A user-defined profile as an admin writes it. The attribute list is complete (it replaces the profile's);
 * when a name appears twice the later one wins, as the guide says of overlapping edits.
 */
public record ProfileInput(String name, String description, Long softwareImageId, List<ProfileAttribute> attributes,
                           Long expectedVersion) {
    public ProfileInput {
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }
}
