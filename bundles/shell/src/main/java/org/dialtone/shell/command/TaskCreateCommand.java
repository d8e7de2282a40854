package org.dialtone.shell.command;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.tasks.NewTask;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskService;
import org.dialtone.api.tasks.TaskTarget;
import org.dialtone.api.tasks.TaskType;

@Command(scope = "dialtone", name = "task-create", description = "Creates a scheduled task: reboot, reset, dial, set-parameters")
@Service
public class TaskCreateCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private TaskService tasks;

    @Reference
    private Session session;

    @Argument(index = 0, name = "type", required = true, description = "reboot, reset, dial or set-parameters")
    @Completion(TaskTypeCompleter.class)
    private String type;

    @Option(name = "--device", multiValued = true, description = "A device id to act on (repeatable)")
    @Completion(DeviceIdCompleter.class)
    private List<Long> devices;

    @Option(name = "--group", multiValued = true, description = "A device group id whose devices to act on (repeatable)")
    @Completion(GroupIdCompleter.class)
    private List<Long> groups;

    @Option(name = "--site", multiValued = true, description = "A site id whose devices to act on (repeatable)")
    @Completion(SiteIdCompleter.class)
    private List<Long> sites;

    @Option(name = "--filter", description = "The devices a Device Monitor filter matches, e.g. model=VVX411&siteId=3")
    private String filter;

    @Option(name = "--arg", multiValued = true, description = "An argument as name=value: kind=factory, destination=4711, reg.1.label=Desk")
    private List<String> arguments;

    @Option(name = "--at", description = "When to run it (ISO-8601, e.g. 2026-12-02T03:00:00Z); now when absent")
    private String at;

    @Option(name = "--name", description = "The task's name; Apply-<Type>-<time> when absent")
    private String name;

    @Override
    public Object execute() {
        List<TaskTarget> targets = new ArrayList<>();
        for (Long id : devices == null ? List.<Long>of() : devices) {
            targets.add(new TaskTarget(TaskTarget.Kind.DEVICE, id, null));
        }
        for (Long id : groups == null ? List.<Long>of() : groups) {
            targets.add(new TaskTarget(TaskTarget.Kind.GROUP, id, null));
        }
        for (Long id : sites == null ? List.<Long>of() : sites) {
            targets.add(new TaskTarget(TaskTarget.Kind.SITE, id, null));
        }
        if (filter != null) {
            targets.add(new TaskTarget(TaskTarget.Kind.FILTER, null, filter));
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (String argument : arguments == null ? List.<String>of() : arguments) {
            int equals = argument.indexOf('=');
            if (equals < 1) {
                throw new InvalidInputException("--arg", "'" + argument + "' is not name=value");
            }
            args.put(argument.substring(0, equals).strip(), argument.substring(equals + 1));
        }
        Instant when;
        try {
            when = at == null ? null : Instant.parse(at);
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException("--at", "'" + at + "' is not an ISO-8601 time such as 2026-12-02T03:00:00Z");
        }
        Task task = tasks.create(new NewTask(name, TaskType.parse("type", type), targets, args, when), Actors.of(session));
        Audit.record(activity, session, "task-create", "/tasks/" + task.id(), task.name() + " (" + task.type() + ") over " + task.targets());
        System.out.println("Task " + task.id() + " (" + task.name() + ") " + (when == null ? "runs now" : "runs at " + task.runAt())
                + "; dialtone:task-show " + task.id() + " tells how it went");
        return null;
    }
}
