package org.dialtone.api.profiles;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The default XSD (guide: Upload Default XSD File) and the search over its parameters that profile editing
 * uses ("Standard Fields"). Profile values of parameters the schema defines are checked against it.
 */
public interface SchemaService {
    /** Replaces the default schema; refused whole (400) when the file is not a readable XSD. */
    SchemaInfo uploadDefault(String name, InputStream xsd, String actor);

    Optional<SchemaInfo> defaultSchema();

    /** Parameters whose name contains {@code text} (2 characters or more, any case), by name. */
    default List<SchemaAttribute> search(String text, int limit) {
        return search(text, limit, null);
    }

    /**
     * The search of a profile that selects a software image: the image's own schema when its release ships one, the
     * default schema otherwise; {@code softwareImageId} null is the default schema.
     */
    List<SchemaAttribute> search(String text, int limit, Long softwareImageId);

    /**
     * @throws org.dialtone.api.InvalidInputException naming the first parameter whose value the schema refuses
     */
    default void validate(List<ProfileAttribute> attributes) {
        validate(attributes, null);
    }

    /** As {@link #validate(List)}, against the schema of the selected image where it ships one. */
    void validate(List<ProfileAttribute> attributes, Long softwareImageId);
}
