package org.dialtone.provisioning.internal;

import org.dialtone.api.inventory.DeviceContact;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.driver.spi.BootStage;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.RecognizedDevice;

/** What a device's request tells the inventory: who it is, its model and type, the firmware it runs, where it is. */
final class DeviceContacts {
    private DeviceContacts() {
    }

    /** @param provisioning whether the request is a boot's configuration fetch (the firmware it reports then counts) */
    static DeviceContact of(DeviceDriver driver, RecognizedDevice device, String remoteAddress, boolean provisioning) {
        String mac = device.identity().kind() == DeviceIdentity.Kind.MAC ? device.identity().value() : null;
        String serial = device.identity().kind() == DeviceIdentity.Kind.SERIAL ? device.identity().value() : null;
        boolean bySerial = driver.identifiedBy() == DeviceIdentity.Kind.SERIAL;
        DeviceType type = driver.models().stream().filter(m -> m.token().equalsIgnoreCase(device.model())).findFirst()
                .map(m -> new DeviceType(driver.family(), m.deviceType(), bySerial)).orElse(null);
        String firmware = device.stage() == BootStage.APPLICATION ? device.firmwareVersion() : null;
        return new DeviceContact(mac, serial, type, device.model(), firmware, remoteAddress, provisioning);
    }
}
