package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.tasks.TaskService;

@Command(scope = "dialtone", name = "task-cancel", description = "Cancels an executing task, or with --delete deletes one that is not executing")
@Service
public class TaskCancelCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private TaskService tasks;

    @Reference
    private Session session;

    @Argument(index = 0, name = "id", required = true, description = "The task id (see dialtone:task-list)")
    @Completion(TaskIdCompleter.class)
    private long id;

    @Option(name = "--delete", description = "Delete the task instead (scheduled or done)")
    private boolean delete;

    @Override
    public Object execute() {
        if (delete) {
            tasks.delete(id, Actors.of(session));
            Audit.record(activity, session, "task-cancel --delete", "/tasks/" + id, "deleted");
            System.out.println("Task " + id + " deleted");
        } else {
            String totals = String.valueOf(tasks.cancel(id, Actors.of(session)).totals());
            Audit.record(activity, session, "task-cancel", "/tasks/" + id, "cancelled: " + totals);
            System.out.println("Task " + id + " cancelled: " + totals);
        }
        return null;
    }
}
