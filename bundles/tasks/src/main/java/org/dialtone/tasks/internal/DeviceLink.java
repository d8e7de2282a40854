package org.dialtone.tasks.internal;

import java.io.IOException;
import org.dialtone.api.inventory.Device;
import org.dialtone.driver.spi.DeviceRequest;

/** How Dialtone reaches a device's REST API: directly on its address, or (later) through a relay node. */
interface DeviceLink {
    /** One call; an answer whatever its HTTP status, or an IOException when the device could not be reached. */
    DeviceAnswer call(Device device, DeviceRequest request) throws IOException;

    /** The device's answer: HTTP status, content type and body. */
    record DeviceAnswer(int status, String contentType, byte[] body) {
    }

    /** The device presented another certificate than the one pinned on first contact. */
    final class ChangedCertificateException extends IOException {
        private static final long serialVersionUID = 1L;

        ChangedCertificateException(String message) {
            super(message);
        }
    }
}
