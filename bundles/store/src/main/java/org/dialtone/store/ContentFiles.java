package org.dialtone.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Files on disk under the data directory, addressed by their SHA-256 (resource files, software images): streamed in
 * under a size cap, never whole in memory, and stored once per content. A file appears under its name only once it
 * arrived complete.
 */
public final class ContentFiles {
    /** What {@link #put} stored; {@code created} is false when the same content was there already. */
    public record Stored(String sha256, long bytes, boolean created) {
    }

    /** The stream ran past the cap; nothing was stored. */
    public static final class TooLargeException extends IOException {
        private final long maxBytes;

        TooLargeException(long maxBytes) {
            super("larger than " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }

        public long maxBytes() {
            return maxBytes;
        }
    }

    private final Path root;
    private final Path incoming;

    public ContentFiles(Path root) throws IOException {
        this.root = root;
        this.incoming = root.resolve(".incoming");
        Files.createDirectories(incoming);
        removeStaleUploads(incoming, STALE_UPLOAD);
    }

    /** An upload that has not finished within this long was cut off (a kill -9, a lost connection that never closed). */
    public static final java.time.Duration STALE_UPLOAD = java.time.Duration.ofHours(1);

    /** Deletes the temporary files of uploads that never finished, below {@code directory}; how many went. */
    public static int removeStaleUploads(Path directory, java.time.Duration olderThan) throws IOException {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        java.time.Instant limit = java.time.Instant.now().minus(olderThan);
        int removed = 0;
        try (java.util.stream.Stream<Path> files = Files.find(directory, 4, (path, attributes) -> attributes.isRegularFile()
                && path.getFileName().toString().startsWith(".upload-") && path.getFileName().toString().endsWith(".part")
                && attributes.lastModifiedTime().toInstant().isBefore(limit))) {
            for (Path stale : (Iterable<Path>) files::iterator) {
                if (Files.deleteIfExists(stale)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    public Path path(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return root.resolve(sha256);
    }

    public Stored put(InputStream content, long maxBytes) throws IOException {
        Path temp = temporary(incoming);
        try {
            MessageDigest digest = sha256();
            long written;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                    digest)) {
                written = copy(content, out, maxBytes);
            }
            String sha256 = HexFormat.of().formatHex(digest.digest());
            Path target = root.resolve(sha256);
            if (Files.exists(target)) {
                return new Stored(sha256, written, false);
            }
            moveIntoPlace(temp, target);
            return new Stored(sha256, written, true);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Writes {@code content} to {@code target} through a temporary file beside it: the target changes only once all of
     * it arrived within {@code maxBytes} (a broken or oversized upload never replaces a good file).
     */
    public static long replace(Path target, InputStream content, long maxBytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = temporary(target.getParent());
        try {
            long written;
            try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                written = copy(content, out, maxBytes);
            }
            moveIntoPlace(temp, target);
            return written;
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Not Files.createTempFile: its SecureRandom is one lock that every uploading phone would queue on. */
    private static Path temporary(Path directory) {
        return directory.resolve(".upload-" + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
    }

    private static long copy(InputStream content, OutputStream out, long maxBytes) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long written = 0;
        int n;
        while ((n = content.read(buffer)) > 0) {
            written += n;
            if (written > maxBytes) {
                throw new TooLargeException(maxBytes);
            }
            out.write(buffer, 0, n);
        }
        return written;
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public void delete(String sha256) throws IOException {
        Files.deleteIfExists(path(sha256));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
