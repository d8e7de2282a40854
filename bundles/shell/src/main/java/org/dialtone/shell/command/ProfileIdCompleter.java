package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileQuery;
import org.dialtone.api.profiles.ProfileService;

@Service
public class ProfileIdCompleter implements Completer {
    @Reference
    ProfileService profiles;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return IdCandidates.complete(session, line, candidates, "", search -> profiles.list(new ProfileQuery(search, null, false),
                new PageRequest(0, IdCandidates.PAGE)).items().stream().map(Profile::id).toList());
    }
}
