package org.dialtone.api.files;

import java.time.Instant;

/** A stored file of a device (or of all devices): its directory, name, size and when it last changed. */
public record DeviceFile(String directory, String name, long bytes, Instant modifiedAt) {
}
