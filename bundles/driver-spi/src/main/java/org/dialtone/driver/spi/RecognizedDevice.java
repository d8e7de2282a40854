package org.dialtone.driver.spi;

/**
 * What a driver read from a provisioning request.
 *
 * @param model           model token, one of the driver's {@link DeviceModel#token()}s
 * @param firmwareVersion version the device reported; only an application version when {@code stage} is APPLICATION
 * @param identity        the device's MAC or serial number, when the request carries it
 */
public record RecognizedDevice(String family, String model, String firmwareVersion, BootStage stage, DeviceIdentity identity) {
}
