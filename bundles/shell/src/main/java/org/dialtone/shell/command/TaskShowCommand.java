package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.tasks.SubTask;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskService;

@Command(scope = "dialtone", name = "task-show", description = "Shows a task and each device's result and reason")
@Service
public class TaskShowCommand implements Action {
    @Reference
    private TaskService tasks;

    @Argument(index = 0, name = "id", required = true, description = "The task id (see dialtone:task-list)")
    @Completion(TaskIdCompleter.class)
    private long id;

    @Option(name = "--offset", description = "Skip this many devices")
    private int offset;

    @Option(name = "--limit", description = "Show at most this many devices (up to 500)")
    private int limit = 50;

    @Override
    public Object execute() {
        Task task = tasks.get(id);
        System.out.println(task.name() + " — " + task.typeTitle() + ", " + task.state() + ", run at " + task.runAt() + ", by " + task.createdBy());
        System.out.println("Targets: " + task.targets() + "; arguments: " + task.arguments());
        Page<SubTask> page = tasks.subTasks(id, new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Device").alignRight();
        table.column("Name");
        table.column("Result");
        table.column("Attempts").alignRight();
        table.column("Reason").maxSize(100);
        for (SubTask s : page.items()) {
            table.addRow().addContent(s.deviceId(), s.deviceName(), s.result(), s.attempts(), s.reason() == null ? "" : s.reason());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " devices; total " + task.totals());
        return null;
    }
}
