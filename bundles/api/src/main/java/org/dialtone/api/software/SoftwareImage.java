package org.dialtone.api.software;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * An uploaded software image (F-SW-1): the package as uploaded ({@code sha256}, {@code bytes}), the families and
 * models its drivers said it serves, its version, and the files devices download from it.
 */
public record SoftwareImage(long id, String name, Set<String> families, String version, Set<String> models, String sha256,
                            long bytes, List<SoftwareFile> files, String uploadedBy, Instant uploadedAt) {
    public SoftwareImage {
        families = Set.copyOf(families);
        models = Set.copyOf(models);
        files = List.copyOf(files);
    }
}
