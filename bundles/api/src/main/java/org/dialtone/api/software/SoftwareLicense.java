package org.dialtone.api.software;

import java.time.Instant;

/** The licence key file of a Group Series image (F-SW-4): issued for the image's version and the systems' serials. */
public record SoftwareLicense(long imageId, String imageName, String fileName, String content, String uploadedBy, Instant uploadedAt) {
}
