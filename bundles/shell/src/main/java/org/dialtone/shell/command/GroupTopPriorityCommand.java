package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;

@Command(scope = "dialtone", name = "group-top-priority", description = "Makes a device group the highest-priority group of each of its devices")
@Service
public class GroupTopPriorityCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private DeviceGroupService groups;

    @Reference
    private Session session;

    @Argument(index = 0, name = "id", required = true, description = "The device group id (see dialtone:group-list)")
    @Completion(GroupIdCompleter.class)
    private long id;

    @Override
    public Object execute() {
        ChangeResult result = groups.setTopPriority(id, ApplyChoice.NEXT_POLL, Actors.of(session));
        Audit.record(activity, session, "group-top-priority", "/device-groups/" + id, result.description());
        System.out.println(result.description() + ": " + result.deviceCount() + " devices, applied at their next poll");
        return null;
    }
}
