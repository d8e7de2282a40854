package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.PageRequest;

/** Device ids; a word that is no number searches names, MACs, serials, addresses and models. */
@Service
public class DeviceIdCompleter implements Completer {
    @Reference
    DeviceService devices;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return IdCandidates.complete(session, line, candidates, "", search -> ids(devices, search));
    }

    static List<Long> ids(DeviceService devices, String search) {
        return devices.find(new DeviceQuery(search, null, null, null, null, null, null, false), new PageRequest(0, IdCandidates.PAGE))
                .items().stream().map(Device::id).toList();
    }
}
