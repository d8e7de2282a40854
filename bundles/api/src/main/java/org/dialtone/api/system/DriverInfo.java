package org.dialtone.api.system;

/** A device driver currently loaded. */
public record DriverInfo(String family, String displayName, String version, int models) {
}
