package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteService;

@Service
public class SiteIdCompleter implements Completer {
    @Reference
    SiteService sites;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return IdCandidates.complete(session, line, candidates, "", search -> ids(sites, search));
    }

    static List<Long> ids(SiteService sites, String search) {
        return sites.list(search, new PageRequest(0, IdCandidates.PAGE)).items().stream().map(Site::id).toList();
    }
}
