package org.dialtone.store;

import java.util.Optional;

public interface SchemaRepository {
    /** Stores the schema of this kind, replacing the previous one. */
    void save(StoredSchema schema);

    /** Without the body: cheap enough to ask before every use. */
    Optional<StoredSchema> describe(String kind);

    Optional<StoredSchema> load(String kind);

    /** Removes the schema of this kind; whether there was one. */
    boolean remove(String kind);
}
