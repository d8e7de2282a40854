package org.dialtone.api.inventory;

/** Online once the device sends anything to the server, offline when it stops (guide: Device Status). */
public enum DeviceStatus {
    ONLINE, OFFLINE
}
