package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.PageRequest;

@Service
public class GroupIdCompleter implements Completer {
    @Reference
    DeviceGroupService groups;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return IdCandidates.complete(session, line, candidates, "", search -> ids(groups, search));
    }

    static List<Long> ids(DeviceGroupService groups, String search) {
        return groups.list(search, new PageRequest(0, IdCandidates.PAGE)).items().stream().map(DeviceGroup::id).toList();
    }
}
