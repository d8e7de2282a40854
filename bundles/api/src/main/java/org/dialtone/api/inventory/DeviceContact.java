package org.dialtone.api.inventory;

/**
 * A device's request to the provisioning endpoint, as its driver read it (F-PROV-4).
 *
 * @param firmwareVersion the application version, or null when the request came from an earlier boot stage
 * @param publicIp        the address the request came from
 * @param provisioning    whether the request is for the master configuration: it then counts as the last provisioning
 */
public record DeviceContact(String mac, String serialNumber, DeviceType type, String model, String firmwareVersion,
                            String publicIp, boolean provisioning) {
}
