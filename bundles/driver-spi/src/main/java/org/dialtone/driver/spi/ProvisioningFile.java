package org.dialtone.driver.spi;

/**
 * A path a driver understood.
 *
 * @param kind     what the file is
 * @param name     the file name as stored (for per-device files, without any directory)
 * @param optional true when devices ask for it speculatively and a missing file is normal: answer 404 at once,
 *                 without logging it as a problem
 */
public record ProvisioningFile(FileKind kind, String name, boolean optional) {
}
