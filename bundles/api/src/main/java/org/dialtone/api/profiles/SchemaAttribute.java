package org.dialtone.api.profiles;

import java.util.List;

/**
 * A parameter a device schema (XSD) defines, with what it accepts: the base type ({@code string},
 * {@code boolean}, {@code integer}...), allowed values, numeric range, length range, default and description.
 * Absent facets are null (or an empty list).
 */
public record SchemaAttribute(String name, String type, List<String> enumeration, Long minInclusive, Long maxInclusive,
                              Integer minLength, Integer maxLength, String defaultValue, String documentation) {
    public SchemaAttribute {
        enumeration = enumeration == null ? List.of() : List.copyOf(enumeration);
    }
}
