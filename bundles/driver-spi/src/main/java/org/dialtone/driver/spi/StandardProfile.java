package org.dialtone.driver.spi;

import java.util.List;

/**
 * A read-only profile a driver ships (the guide's Polycom standard profiles): its recommended settings for one
 * feature. A name ending in {@code -TEMPLATE} marks one admins must copy and fill in before assigning it.
 * Names are unique across all profiles; keep them specific to the family.
 */
public record StandardProfile(String name, String description, List<Parameter> parameters) {
    public static final String TEMPLATE_SUFFIX = "-TEMPLATE";

    public StandardProfile {
        parameters = List.copyOf(parameters);
    }

    public boolean template() {
        return name.endsWith(TEMPLATE_SUFFIX);
    }

    /** One parameter of the profile, in the order the driver lists them. */
    public record Parameter(String name, String value) {
    }
}
