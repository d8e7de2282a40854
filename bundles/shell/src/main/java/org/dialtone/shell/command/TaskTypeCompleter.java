package org.dialtone.shell.command;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.dialtone.api.tasks.TaskType;

@Service
public class TaskTypeCompleter implements Completer {
    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return new StringsCompleter(Arrays.stream(TaskType.values()).map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList())
                .complete(session, line, candidates);
    }
}
