package org.dialtone.api.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * Resource files (F-RES-1): uploaded by admins, served to devices by name (a profile's {@code CONFIG_FILES} or
 * {@code MISC_FILES}, ring tones, backgrounds). Content is streamed to disk, never held whole in memory.
 */
public interface ResourceFileService {
    List<ResourceFile> list();

    ResourceFile describe(String name);

    /** The file a profile parameter is bound to ({@code ProfileAttribute.resourceFileId}). */
    java.util.Optional<ResourceFile> find(long id);

    /** Stores the content under the name, replacing a file of the same name; refused whole past the size cap. */
    ResourceFile upload(String name, String description, InputStream content, String actor);

    void download(String name, OutputStream out) throws IOException;

    void delete(String name, String actor);
}
