package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskQuery;
import org.dialtone.api.tasks.TaskService;

/** The newest tasks' ids. */
@Service
public class TaskIdCompleter implements Completer {
    @Reference
    TaskService tasks;

    @Override
    public int complete(Session session, CommandLine line, List<String> candidates) {
        return IdCandidates.complete(session, line, candidates, "", search -> tasks.find(new TaskQuery(null, null),
                new PageRequest(0, IdCandidates.PAGE)).items().stream().map(Task::id).toList());
    }
}
