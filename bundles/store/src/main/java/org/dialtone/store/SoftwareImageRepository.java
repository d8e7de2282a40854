package org.dialtone.store;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;

/** Software images and their files; the content lives on disk under the SHA-256s kept here. */
public interface SoftwareImageRepository {
    List<SoftwareImage> list();

    Optional<SoftwareImage> get(long id);

    /** A new image; a name (any case) already taken is a conflict. */
    SoftwareImage create(String name, Set<String> families, String version, Set<String> models, String sha256, long bytes,
                         List<SoftwareFile> files, String actor);

    List<org.dialtone.api.software.SoftwareLicense> licenses();

    Optional<org.dialtone.api.software.SoftwareLicense> license(long imageId);

    /** Adds or replaces the image's licence file. */
    org.dialtone.api.software.SoftwareLicense saveLicense(long imageId, String fileName, String content, String actor);

    boolean deleteLicense(long imageId);

    /** The names of the profiles that select the image. */
    List<String> profilesSelecting(long id);

    /**
     * Deletes the image, clearing its selection from profiles when {@code force}; answers the SHA-256s of its package
     * and files that nothing else refers to any more, for the caller to remove from disk.
     */
    Set<String> delete(long id, boolean force);
}
