package org.dialtone.rest.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * CXF spools large request bodies (CSV imports, resource files) into a {@code cxf-tmp-*} folder of its own per JVM
 * under {@code java.io.tmpdir} and deletes each file when its request ends; a server killed mid-upload leaves them.
 * At start every such folder but this JVM's is left over from a server that is gone.
 */
final class SpoolCleaner {
    static final String PREFIX = "cxf-tmp-";

    private SpoolCleaner() {
    }

    /** Removes the spool folders in {@code tmp} other than {@code current}; answers how many files they held. */
    static int removeStale(Path tmp, Path current) throws IOException {
        if (!Files.isDirectory(tmp)) {
            return 0;
        }
        List<Path> stale;
        try (Stream<Path> entries = Files.list(tmp)) {
            stale = entries.filter(p -> p.getFileName().toString().startsWith(PREFIX) && Files.isDirectory(p))
                    .filter(p -> current == null || !p.toAbsolutePath().normalize().equals(current.toAbsolutePath().normalize()))
                    .toList();
        }
        int files = 0;
        for (Path folder : stale) {
            try (Stream<Path> tree = Files.walk(folder)) {
                List<Path> deepestFirst = tree.sorted(Comparator.reverseOrder()).toList();
                for (Path path : deepestFirst) {
                    files += Files.isRegularFile(path) ? 1 : 0;
                    Files.deleteIfExists(path);
                }
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }
        return files;
    }
}
