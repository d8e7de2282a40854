package org.dialtone.api.profiles;

import java.time.Instant;

/** The default device schema in use: the uploaded XSD's name, digest and size, and how many parameters it defines. */
public record SchemaInfo(String name, String sha256, long bytes, int attributes, String uploadedBy, Instant uploadedAt) {
}
