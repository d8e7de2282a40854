package org.dialtone.software.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.store.ContentFiles;
import org.dialtone.store.SoftwareImageRepository;

/** Images by id for the phones' downloads, from memory: an image never changes, and deleting one forgets it here. */
final class ImageIndex {
    private static final int MAX_KNOWN = 10_000;

    private final SoftwareImageRepository images;
    private final ContentFiles contents;
    private final java.util.concurrent.ConcurrentHashMap<Long, Optional<SoftwareImage>> known = new java.util.concurrent.ConcurrentHashMap<>();

    ImageIndex(SoftwareImageRepository images, ContentFiles contents) {
        this.images = images;
        this.contents = contents;
    }

    Optional<SoftwareImage> find(long id) {
        if (known.size() > MAX_KNOWN) {
            known.clear();
        }
        Optional<SoftwareImage> image = known.computeIfAbsent(id, images::get);
        if (image.isEmpty()) {
            known.remove(id);
        }
        return image;
    }

    void forget(long id) {
        known.remove(id);
    }

    /** The stored file a device downloads by name from the image. */
    Optional<Path> deviceFile(long id, String fileName) {
        return find(id).flatMap(image -> image.files().stream().filter(f -> f.name().equalsIgnoreCase(fileName)).map(SoftwareFile::sha256)
                .findFirst()).map(contents::path).filter(Files::isRegularFile);
    }

    /** The release's own {@code polycomConfig.xsd}, when it ships one. */
    Optional<Path> schema(long id) {
        return find(id).flatMap(image -> image.files().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".xsd"))
                .findFirst()).map(f -> contents.path(f.sha256())).filter(Files::isRegularFile);
    }
}
