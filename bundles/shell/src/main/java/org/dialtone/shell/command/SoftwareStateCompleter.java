package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

@Service
public class SoftwareStateCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return new StringsCompleter(List.of("none", "up-to-date", "pending", "failing")).complete(session, line, candidates);
    }
}
