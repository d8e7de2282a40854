package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceGroupService;

@Command(scope = "dialtone", name = "group-top-priority", description = "Makes a device group the highest-priority group of each of its devices")
@Service
public class GroupTopPriorityCommand implements Action {
    @Reference
    private DeviceGroupService groups;

    @Reference
    private Session session;

    @Argument(index = 0, name = "id", required = true, description = "The device group id (see dialtone:group-list)")
    private long id;

    @Override
    public Object execute() {
        DeviceGroup group = groups.setTopPriority(id, Actors.of(session));
        System.out.println(group.name() + " is now the first group of its " + group.deviceCount() + " devices");
        return null;
    }
}
