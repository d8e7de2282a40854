package org.dialtone.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.store.ContentFiles;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files devices upload (DEVICES.md 1.5), stored per device under {@code <root>/<identity>/<kind>/<name>}: whole-file
 * replace ({@link ContentFiles#replace}), so a broken or oversized upload never replaces a good file.
 * Names come from the driver's classification of a checked path, never from the request as such. The provisioning
 * endpoint writes and serves them; admins see them through {@link org.dialtone.api.files.DeviceFileService}.
 */
@Component(service = DeviceFileStore.class, configurationPid = "org.dialtone.provisioning.endpoint")
public final class DeviceFileStore {
    @ObjectClassDefinition(name = "Dialtone device files")
    public @interface Config {
        @AttributeDefinition(description = "Largest file a device may upload, in bytes")
        long uploadMaxBytes() default 10L * 1024 * 1024;

        @AttributeDefinition(description = "Days uploaded device logs are kept")
        int logDays() default 10;
    }

    /** The owner of the files every device fetches. */
    public static final String ALL_DEVICES = "000000000000";
    private static final String SERIAL_PREFIX = org.dialtone.api.inventory.DeviceIdentity.SERIAL_OWNER_PREFIX;

    /** Whose files these are: a phone's MAC, or a serial-identified device's serial number, kept apart by kind. */
    public static String owner(boolean bySerialNumber, String value) {
        return bySerialNumber ? SERIAL_PREFIX + value : value;
    }
    private static final Logger LOG = LoggerFactory.getLogger(DeviceFileStore.class);
    private final Path root;
    private final long maxBytes;
    private final ScheduledExecutorService cleaner;

    @Activate
    public DeviceFileStore(Config config) {
        this(Path.of(System.getProperty("karaf.data", "data"), "dialtone", "devices").toAbsolutePath(), config.uploadMaxBytes());
        // A thread of its own until the scheduled-task model (issue 18) runs this as a periodic task.
        cleaner.scheduleWithFixedDelay(() -> {
            try {
                int removed = removeLogsOlderThan(Duration.ofDays(config.logDays()));
                if (removed > 0) {
                    LOG.info("Removed {} device logs older than {} days", removed, config.logDays());
                }
                int cutOff = ContentFiles.removeStaleUploads(root, ContentFiles.STALE_UPLOAD);
                if (cutOff > 0) {
                    LOG.info("Removed {} device uploads that never finished", cutOff);
                }
            } catch (IOException | RuntimeException e) {
                LOG.warn("Old device logs could not be removed: {}", e.toString());
            }
        }, 1, 60 * 6, TimeUnit.MINUTES);
    }

    DeviceFileStore(Path root, long maxBytes) {
        this.root = root;
        this.maxBytes = maxBytes;
        this.cleaner = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dialtone-device-log-cleaner"));
        separateSerialOwners();
    }

    /** Files stored before serial owners had their prefix: a folder that is no MAC can only be a serial number's. */
    private void separateSerialOwners() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> owners = Files.list(root)) {
            for (Path owner : (Iterable<Path>) owners::iterator) {
                String name = owner.getFileName().toString();
                if (Files.isDirectory(owner) && !name.matches("[0-9a-f]{12}") && !name.startsWith(SERIAL_PREFIX) && !name.startsWith(".")) {
                    Files.move(owner, root.resolve(SERIAL_PREFIX + name));
                }
            }
        } catch (IOException e) {
            LOG.warn("Device files stored by serial number could not all be moved apart: {}", e.toString());
        }
    }

    @Deactivate
    void stop() {
        cleaner.shutdownNow();
    }

    private Path file(String owner, FileKind kind, String name) {
        Path resolved = root.resolve(owner).resolve(kind.name().toLowerCase(java.util.Locale.ROOT)).resolve(name).normalize();
        if (!resolved.startsWith(root) || name.contains("/") || name.contains("\\")) {
            throw new IllegalArgumentException("not a plain file name: " + name);
        }
        return resolved;
    }

    /** Stores the upload, replacing the previous file only once all of it arrived within the cap. */
    public void store(String owner, FileKind kind, String name, InputStream body) throws IOException {
        ContentFiles.replace(file(owner, kind, name), body, maxBytes);
    }

    /**
     * Stores a log a device uploaded, and keeps it also as that day's copy ({@code <name>_<yyyy-MM-dd>.<ext>}, UTC), so
     * that each day's last upload stays for the days logs are kept while the plain name is always the latest.
     */
    public void storeLog(String owner, String name, InputStream body) throws IOException {
        Path latest = file(owner, FileKind.LOG, name);
        ContentFiles.replace(latest, body, maxBytes);
        Path day = file(owner, FileKind.LOG, daily(name, java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
        Path copy = day.resolveSibling("." + day.getFileName() + ".copy");
        Files.copy(latest, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.move(copy, day, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    /** A log's name for one day's copy: {@code 0004f2000001-app.log} on 2026-12-02 is {@code 0004f2000001-app_2026-12-02.log}. */
    public static String daily(String name, java.time.LocalDate day) {
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? name + "_" + day : name.substring(0, dot) + "_" + day + name.substring(dot);
    }

    /** The owner's files by kind directory, name, size and time. */
    public java.util.List<Object[]> list(String owner) throws IOException {
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

    /** The largest upload a device may make. */
    public long maxBytes() {
        return maxBytes;
    }

    /** Removes every file of the owner (a deleted device). */
    public void deleteAll(String owner) throws IOException {
        Path dir = root.resolve(owner).normalize();
        if (!dir.startsWith(root) || dir.equals(root) || !Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : (Iterable<Path>) all.sorted(java.util.Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }

    public boolean delete(String owner, FileKind kind, String name) throws IOException {
        return Files.deleteIfExists(file(owner, kind, name));
    }

    public Optional<Path> find(String owner, FileKind kind, String name) {
        Path path = file(owner, kind, name);
        return Files.isRegularFile(path) ? Optional.of(path) : Optional.empty();
    }

    /** Removes uploaded logs older than {@code keep} (guide: logs are kept 10 days). */
    public int removeLogsOlderThan(Duration keep) throws IOException {
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
