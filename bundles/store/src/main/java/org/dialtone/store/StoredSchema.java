package org.dialtone.store;

import java.time.Instant;

/** A stored device schema; {@code body} is null when only the description was asked for. */
public record StoredSchema(String kind, String name, String sha256, long bytes, int attributeCount, String body,
                           String uploadedBy, Instant uploadedAt) {
}
