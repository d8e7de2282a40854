package org.dialtone.api.software;

import java.time.Instant;

/** An upload in progress: {@code receiving} the package (with the bytes so far), then {@code reading} it. */
public record SoftwareUpload(String name, String uploadedBy, Instant startedAt, long bytesReceived, String phase) {
}
