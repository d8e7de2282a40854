package org.dialtone.api.monitoring;

import org.dialtone.api.inventory.DeviceQuery;

/** Device status: what the admin sees of a device, and polls on demand. */
public interface DeviceMonitoring {
    /** @throws org.dialtone.api.NotFoundException when there is no such device */
    DeviceState state(long deviceId);

    /** Polls the device now, on this node, and answers what it then knows. */
    DeviceState refresh(long deviceId);

    /** Makes every device the query matches due for a poll now (nodes poll them as their workers free); how many. */
    int refresh(DeviceQuery query);
}
