package org.dialtone.api.profiles;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;

/**
 * The default XSD (guide: Upload Default XSD File) and the search over its parameters that profile editing
 * uses ("Standard Fields"). Profile values of parameters the schema defines are compared with it: disagreements are
 * warnings on the profile.
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
     * Where the values disagree with the schema that applies (the selected image's own where it ships one, else the
     * default schema, else the drivers'), one line per parameter. Disagreement is a warning, not a refusal: a vendor's
     * own generated file must import even where an older schema would refuse one of its defaults.
     */
    List<String> check(List<ProfileAttribute> attributes, Long softwareImageId);

    /** Removes the uploaded default schema; the drivers' own schemas apply again. */
    void removeDefault(String actor);
}
