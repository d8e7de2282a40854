package org.dialtone.tasks.internal;

import java.io.IOException;
import org.dialtone.api.ConflictException;
import org.dialtone.api.UnavailableException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.drivers.DriverRegistry;

/**
 * What an admin's immediate device action (outside tasks) needs: the driver of a device that has contacted Dialtone,
 * and a call to the device whose failures become the admin's errors (409 for what the device refused or a replaced
 * certificate, 503 when it cannot be reached).
 */
final class DeviceCalls {
    private final DriverRegistry drivers;
    private final DeviceLink link;

    DeviceCalls(DriverRegistry drivers, DeviceLink link) {
        this.drivers = drivers;
        this.link = link;
    }

    /** {@code what}: what is not known of a device that never called in, such as "whether it has a REST API". */
    DeviceDriver contactedDriver(Device device, String what) {
        if (device.family() == null || device.softwareVersion() == null || device.mac() == null) {
            throw new ConflictException("The device has not contacted Dialtone yet, so " + what + " is not known");
        }
        return drivers.byFamily(device.family()).orElseThrow(() ->
                new ConflictException("No installed driver serves the " + device.family() + " family; install its driver bundle"));
    }

    DeviceLink.DeviceAnswer answer(Device device, DeviceRequest request) {
        try {
            return link.call(device, request);
        } catch (DeviceLink.ChangedCertificateException e) {
            throw new ConflictException(e.getMessage());
        } catch (IOException e) {
            throw new UnavailableException("Could not reach the device's REST API: " + e.getMessage());
        }
    }

    /** The call's answer in the guide's words (success, failure, not applicable, busy). */
    TaskOutcome call(Device device, DeviceRequest request) {
        return DeviceControlExecutor.answer(answer(device, request), request);
    }
}
