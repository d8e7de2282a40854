package org.dialtone.api.provisioning;

import java.util.Optional;
import org.dialtone.api.inventory.DeviceIdentity;

/**
 * Devices' own provisioning accounts (beyond the guide): after its first contact a device can be given a user and a
 * password of its own through its configuration; once it has signed in with them, it may read and write only its
 * own names, and the shared account no longer admits it.
 */
public interface DeviceAccounts {
    String USER_PREFIX = "dt-";

    /** @param used whether the device has signed in with it (then the shared account is refused for it) */
    record DeviceAccount(long deviceId, DeviceIdentity identity, String user, String password, boolean used) {
    }

    /** The user name a device signs in with: {@code dt-} and its MAC, or {@code dt-sn-} and its serial number. */
    static String userOf(DeviceIdentity identity) {
        return USER_PREFIX + identity.fileOwner();
    }

    /** The device's account, issued the first time it is asked for. */
    DeviceAccount issue(long deviceId, DeviceIdentity identity);

    /** The account a user name stands for, when that device has one. */
    Optional<DeviceAccount> find(String user);

    /** The device signed in with its own account: from now on it is its only way in. */
    void used(DeviceAccount account);

    /** Forgets a device's account (it was reset to factory settings): the shared account admits it again. */
    void reset(long deviceId, DeviceIdentity identity, String actor);
}
