package org.dialtone.api.files;

import java.time.Instant;

/** A resource file (guide: Managing Resource Files): ring tones, images, extra configuration files, language files. */
public record ResourceFile(long id, String name, String description, String sha256, long bytes, String uploadedBy, Instant uploadedAt) {
}
