package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

@Command(scope = "dialtone", name = "group-list", description = "Lists device groups with their device counts and default-group order")
@Service
public class GroupListCommand implements Action {
    @Reference
    private DeviceGroupService groups;

    @Option(name = "-q", aliases = "--search", description = "Only groups whose name or description contains this")
    private String search;

    @Override
    public Object execute() {
        Page<DeviceGroup> page = groups.list(search, new PageRequest(0, PageRequest.MAX_LIMIT));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Group");
        table.column("Description");
        table.column("Devices").alignRight();
        table.column("Default #").alignRight();
        for (DeviceGroup g : page.items()) {
            table.addRow().addContent(g.id(), g.name(), g.description() == null ? "" : g.description(), g.deviceCount(),
                    g.defaultRank() == null ? "" : g.defaultRank());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " device groups");
        return null;
    }
}
