package org.dialtone.driver.spi;

/**
 * A call to a device's own REST API that carries out a scheduled task (for UC Software devices, DEVICES.md 2).
 *
 * @param method HTTP method
 * @param path   path on the device, e.g. {@code /api/v1/mgmt/safeReboot}
 * @param body   null, or the request's JSON as plain values (maps, lists, strings) that the core writes as JSON
 * @since 2.1
 */
public record DeviceRequest(String method, String path, Object body) {
}
