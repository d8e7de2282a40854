package org.dialtone.shell.command;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskQuery;
import org.dialtone.api.tasks.TaskService;
import org.dialtone.api.tasks.TaskState;
import org.dialtone.api.tasks.TaskType;

@Command(scope = "dialtone", name = "task-list", description = "Lists scheduled tasks, newest first, with their execution results")
@Service
public class TaskListCommand implements Action {
    @Reference
    private TaskService tasks;

    @Option(name = "--type", description = "Only tasks of this type: apply-changes, dial, reboot, reset, set-parameters")
    @Completion(TaskTypeCompleter.class)
    private String type;

    @Option(name = "--state", description = "Only tasks in this state: scheduled, executing, done, cancelled")
    @Completion(value = StringsCompleter.class, values = {"scheduled", "executing", "done", "cancelled"})
    private String state;

    @Option(name = "--offset", description = "Skip this many tasks")
    private int offset;

    @Option(name = "--limit", description = "Show at most this many tasks (up to 500)")
    private int limit = 50;

    @Override
    public Object execute() {
        TaskState wanted = state == null ? null : TaskState.valueOf(state.strip().toUpperCase(Locale.ROOT));
        Page<Task> page = tasks.find(new TaskQuery(type == null ? null : TaskType.parse("--type", type), wanted), new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Id", "Status", "Name", "Type", "Run at", "Total", "Success", "Failure", "N/A", "In progress", "By"}) {
            table.column(column);
        }
        for (Task t : page.items()) {
            table.addRow().addContent(t.id(), t.state(), t.name(), t.typeTitle(), t.runAt(), t.totals().total(), t.totals().success(),
                    t.totals().failure(), t.totals().notApplicable(), t.totals().inProgress(), t.createdBy());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " tasks");
        return null;
    }
}
