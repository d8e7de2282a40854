package org.dialtone.store;

import java.util.List;
import java.util.Optional;
import org.dialtone.api.files.ResourceFile;

public interface ResourceFileRepository {
    List<ResourceFile> list();

    Optional<ResourceFile> find(String name);

    Optional<ResourceFile> find(long id);

    /** Creates the entry or replaces the one with the same name (any case). */
    ResourceFile save(String name, String description, String sha256, long bytes, String actor);

    /** Deletes the entry; answers whether another entry still uses the same content. */
    boolean delete(String name);
}
