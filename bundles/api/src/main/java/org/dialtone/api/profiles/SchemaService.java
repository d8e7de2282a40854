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
    List<SchemaAttribute> search(String text, int limit);

    /**
     * @throws org.dialtone.api.InvalidInputException naming the first parameter whose value the schema refuses
     */
    void validate(List<ProfileAttribute> attributes);
}
