package org.dialtone.tasks.internal;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.UnavailableException;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.api.tasks.DeviceFilter;
import org.dialtone.api.tasks.NewTask;
import org.dialtone.api.tasks.SubTask;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskChange;
import org.dialtone.api.tasks.TaskExecutor;
import org.dialtone.api.tasks.TaskQuery;
import org.dialtone.api.tasks.TaskService;
import org.dialtone.api.tasks.TaskTarget;
import org.dialtone.store.TaskRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The rules of scheduled tasks: what a task may target and take, and when it may be edited, deleted or cancelled. */
@Component(service = TaskService.class)
public class TaskServiceImpl implements TaskService {
    private static final Logger LOG = LoggerFactory.getLogger(TaskServiceImpl.class);
    static final int MAX_TARGETS = 100;
    private static final DateTimeFormatter NAME_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private final TaskRepository tasks;
    private final TaskEngine engine;
    private final DeviceService devices;
    private final DeviceGroupService groups;
    private final SiteService sites;
    private final org.dialtone.store.DeviceApiPinRepository pins;
    private final Clock clock = Clock.systemUTC();

    @Activate
    public TaskServiceImpl(@Reference TaskRepository tasks, @Reference TaskEngine engine, @Reference DeviceService devices,
                           @Reference DeviceGroupService groups, @Reference SiteService sites,
                           @Reference org.dialtone.store.DeviceApiPinRepository pins) {
        this.pins = pins;
        this.tasks = tasks;
        this.engine = engine;
        this.devices = devices;
        this.groups = groups;
        this.sites = sites;
    }

    @Override
    public Task create(NewTask task, String actor) {
        if (task.type() == null) {
            throw new InvalidInputException("type", "is required: the task type");
        }
        TaskExecutor executor = engine.executor(task.type());
        if (executor == null) {
            throw new UnavailableException("No executor for " + task.type().title() + " is installed; check the server log");
        }
        List<TaskTarget> targets = checkTargets(task.targets());
        NewTask checked = new NewTask(task.name(), task.type(), targets, executor.arguments(task.type(), task.arguments()), task.runAt());
        String name = task.name() == null || task.name().isBlank()
                ? "Apply-" + shortName(task) + "-" + NAME_TIME.format(clock.instant()) : checkName(task.name());
        Task created = tasks.create(checked, name, actor);
        LOG.info("Task {} ({}, {}) created by {} for {}, at {}", created.id(), created.name(), created.type(), actor, targets, created.runAt());
        if (!created.runAt().isAfter(clock.instant())) {
            engine.wake();
        }
        return created.withSecretsHidden();
    }

    @Override
    public Task applyChanges(String change, List<TaskTarget> reach, java.time.Instant at, String actor) {
        NewTask task = new NewTask(null, org.dialtone.api.tasks.TaskType.APPLY_CHANGES, reach,
                java.util.Map.of("change", change.length() > 4000 ? change.substring(0, 3997) + "..." : change), at);
        Task created = tasks.create(task, "Apply-Changes-" + NAME_TIME.format(clock.instant()), actor);
        LOG.info("Task {} applies '{}' by {} at {}", created.id(), change, actor, created.runAt());
        if (!created.runAt().isAfter(clock.instant())) {
            engine.wake();
        }
        return created.withSecretsHidden();
    }

    private static String shortName(NewTask task) {
        return switch (task.type()) {
            case APPLY_CHANGES -> "Changes";
            case DIAL -> "Dial";
            case REBOOT -> "Reboot";
            case RESET -> "Reset";
            case SET_PARAMETERS -> "Parameters";
        };
    }

    private static String checkName(String name) {
        String stripped = name.strip();
        if (stripped.length() > 128 || stripped.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("name", "must be 1 to 128 characters without control characters");
        }
        return stripped;
    }

    private List<TaskTarget> checkTargets(List<TaskTarget> targets) {
        if (targets == null || targets.isEmpty() || targets.size() > MAX_TARGETS) {
            throw new InvalidInputException("targets", "name 1 to " + MAX_TARGETS + " devices, device groups, sites or filters");
        }
        List<TaskTarget> checked = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TaskTarget target = targets.get(i);
            String field = "targets[" + i + "]";
            if (target == null) {
                throw new InvalidInputException(field, "is empty");
            }
            try {
                switch (target.kind()) {
                    case DEVICE -> devices.get(target.id());
                    case GROUP -> groups.get(target.id());
                    case SITE -> sites.get(target.id());
                    case FILTER -> DeviceFilter.parse(target.filter());
                    case USER, USER_GROUP -> {
                        // The directory's own ids; a user without devices reaches none.
                    }
                }
            } catch (NotFoundException e) {
                throw new InvalidInputException(field + ".id", "there is no " + target.kind().name().toLowerCase(Locale.ROOT) + " with id " + target.id());
            } catch (InvalidInputException e) {
                throw new InvalidInputException(field + ".filter", e.rule());
            }
            checked.add(target);
        }
        return checked;
    }

    @Override
    public Task get(long id) {
        return tasks.get(id).withSecretsHidden();
    }

    @Override
    public Page<Task> find(TaskQuery query, PageRequest page) {
        Page<Task> found = tasks.find(query, page);
        return new Page<>(found.items().stream().map(Task::withSecretsHidden).toList(), found.total(), found.offset(), found.limit());
    }

    @Override
    public Page<SubTask> subTasks(long taskId, PageRequest page) {
        return tasks.subTasks(taskId, page);
    }

    @Override
    public Page<SubTask> history(long deviceId, PageRequest page) {
        devices.get(deviceId);
        return tasks.history(deviceId, page);
    }

    @Override
    public Task update(long id, TaskChange change, String actor) {
        TaskChange checked = new TaskChange(change.name() == null ? null : checkName(change.name()),
                change.targets() == null ? null : checkTargets(change.targets()), change.runAt(), change.expectedVersion());
        Task updated = tasks.update(id, checked);
        LOG.info("Task {} ({}) changed by {}", id, updated.name(), actor);
        engine.wake();
        return updated.withSecretsHidden();
    }

    @Override
    public void delete(long id, String actor) {
        tasks.delete(id);
        LOG.info("Task {} deleted by {}", id, actor);
    }

    @Override
    public boolean acceptNewDeviceCertificate(long deviceId, String actor) {
        devices.get(deviceId);
        boolean forgotten = pins.forget(deviceId);
        LOG.info("The REST API certificate pinned for device {} was {} by {}", deviceId, forgotten ? "forgotten" : "not there to forget", actor);
        return forgotten;
    }

    @Override
    public Task cancel(long id, String actor) {
        Task cancelled = tasks.cancel(id);
        LOG.info("Task {} ({}) cancelled by {}", id, cancelled.name(), actor);
        return cancelled.withSecretsHidden();
    }
}
