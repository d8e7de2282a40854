package org.dialtone.store;

import java.time.Instant;
import java.util.Optional;

/** Devices' own provisioning accounts: a sealed password per device, kept on the device's row. */
public interface DeviceAccountRepository {
    /** @param usedAt when the device first signed in with it; null while only issued */
    record DeviceAccount(long deviceId, String sealedPassword, Instant usedAt) {
    }

    /** The account of the device with this MAC or serial number, when it has one. */
    Optional<DeviceAccount> find(String mac, String serialNumber);

    /** The device's account, issued with {@code sealedPassword} if it has none yet (once for all nodes); empty when the device is gone. */
    Optional<DeviceAccount> issue(long deviceId, String sealedPassword);

    void markUsed(long deviceId);

    /** Forgets the device's account, so that the shared account admits it again; false when it had none. */
    boolean clear(long deviceId);
}
