package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.SiteService;

/** The containers profiles deploy to: {@code global}, {@code site:}, {@code model:}, {@code group:}, {@code device:}, with site, group and device ids. */
@Service
public class ContainerCompleter implements Completer {
    static final List<String> KINDS = List.of("global", "site:", "model:", "group:", "device:");

    @Reference
    SiteService sites;
    @Reference
    DeviceGroupService groups;
    @Reference
    DeviceService devices;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        String word = line.getCursorArgument() == null ? "" : line.getCursorArgument().substring(0, line.getArgumentPosition());
        if (word.startsWith("site:")) {
            return IdCandidates.complete(session, line, candidates, "site:", search -> SiteIdCompleter.ids(sites, search));
        }
        if (word.startsWith("group:")) {
            return IdCandidates.complete(session, line, candidates, "group:", search -> GroupIdCompleter.ids(groups, search));
        }
        if (word.startsWith("device:")) {
            return IdCandidates.complete(session, line, candidates, "device:", search -> DeviceIdCompleter.ids(devices, search));
        }
        return new StringsCompleter(KINDS).complete(session, line, candidates);
    }
}
