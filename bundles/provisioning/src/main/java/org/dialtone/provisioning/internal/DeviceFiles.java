package org.dialtone.provisioning.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.store.ContentFiles;

/**
 * The files devices upload (DEVICES.md 1.5), stored per device under {@code <root>/<mac>/<kind>/<name>}: whole-file
 * replace ({@link ContentFiles#replace}), so a broken or oversized upload never replaces a good file.
 * Names come from the driver's classification of a checked path, never from the request as such.
 */
final class DeviceFiles {
    private final Path root;
    private final long maxBytes;

    DeviceFiles(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
    }

    private Path file(String owner, FileKind kind, String name) {
        Path resolved = root.resolve(owner).resolve(kind.name().toLowerCase(java.util.Locale.ROOT)).resolve(name).normalize();
        if (!resolved.startsWith(root) || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return resolved;
    }

    /** Stores the upload, replacing the previous file only once all of it arrived within the cap. */
    void store(String owner, FileKind kind, String name, InputStream body) throws IOException {
        ContentFiles.replace(file(owner, kind, name), body, maxBytes);
    }

    /** The owner's files by kind directory, name, size and time. */
    java.util.List<Object[]> list(String owner) throws IOException {
        java.util.List<Object[]> files = new java.util.ArrayList<>();
        Path dir = root.resolve(owner).normalize();
        if (!dir.startsWith(root) || !Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> kinds = Files.list(dir)) {
            for (Path kind : (Iterable<Path>) kinds::iterator) {
                try (Stream<Path> entries = Files.list(kind)) {
                    for (Path file : (Iterable<Path>) entries::iterator) {
                        if (!file.getFileName().toString().startsWith(".")) {
                            files.add(new Object[] {kind.getFileName().toString(), file.getFileName().toString(), Files.size(file),
                                    Files.getLastModifiedTime(file).toInstant()});
                        }
                    }
                }
            }
        }
        return files;
    }

    boolean delete(String owner, FileKind kind, String name) throws IOException {
        return Files.deleteIfExists(file(owner, kind, name));
    }

    Optional<Path> find(String owner, FileKind kind, String name) {
        Path path = file(owner, kind, name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes uploaded logs older than {@code keep} (guide: logs are kept 10 days). */
    int removeLogsOlderThan(Duration keep) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Instant limit = Instant.now().minus(keep);
        int removed = 0;
        try (Stream<Path> owners = Files.list(root)) {
            for (Path owner : (Iterable<Path>) owners::iterator) {
                Path logs = owner.resolve(FileKind.LOG.name().toLowerCase(java.util.Locale.ROOT));
                if (!Files.isDirectory(logs)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(logs)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (Files.getLastModifiedTime(file).toInstant().isBefore(limit) && Files.deleteIfExists(file)) {
                            removed++;
                        }
                    }
                }
            }
        }
        return removed;
    }
}
