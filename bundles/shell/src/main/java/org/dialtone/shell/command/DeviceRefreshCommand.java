package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceSort;
import org.dialtone.api.monitoring.DeviceMonitoring;

@Command(scope = "dialtone", name = "device-refresh", description = "Makes the matching devices due a status poll now (all devices without filters)")
@Service
public class DeviceRefreshCommand extends DeviceFilterOptions {
    @Reference
    private DeviceMonitoring monitoring;

    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private org.apache.karaf.shell.api.console.Session session;

    @Override
    public Object execute() {
        int due = monitoring.refresh(new DeviceQuery(search, null, null, siteId, groupId, null, DeviceSort.NAME, false));
        Audit.record(activity, session, "device-refresh", "/devices?q=" + (search == null ? "" : search) + "&siteId=" + (siteId == null ? "" : siteId)
                + "&groupId=" + (groupId == null ? "" : groupId), due + " devices due a poll");
        System.out.println(due + " devices are due a status poll now; their status changes as the polls come in");
        return null;
    }
}
