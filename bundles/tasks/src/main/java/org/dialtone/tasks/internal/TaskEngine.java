package org.dialtone.tasks.internal;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.tasks.SubTaskResult;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskExecutor;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.api.tasks.TaskType;
import org.dialtone.store.TaskRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Executes scheduled tasks on this node: starts the due ones (one node wins each), claims devices' sub tasks with a
 * lease (at most {@code concurrency} under way here and {@code perSite} per site across all nodes, one per device),
 * runs each through its type's executor, retries busy devices with a growing delay, and marks tasks done.
 */
@Component(service = TaskEngine.class, immediate = true, configurationPid = "org.dialtone.tasks")
@Designate(ocd = TasksConfig.class)
public class TaskEngine {
    private static final Logger LOG = LoggerFactory.getLogger(TaskEngine.class);

    private final TaskRepository tasks;
    private final DeviceService devices;
    private final TasksConfig config;
    private final Clock clock;
    private final String node;
    /** This run of the engine on the node: claims carry it, so a call of an earlier run that ends late changes nothing. */
    private final String owner;
    private final Map<TaskType, TaskExecutor> executors = new ConcurrentHashMap<>();
    private final AtomicInteger underWay = new AtomicInteger();
    private final AtomicBoolean ticking = new AtomicBoolean();
    /** A claim-only look is queued: the devices that finish meanwhile free their slots for that one look. */
    private final AtomicBoolean refillQueued = new AtomicBoolean();
    private volatile boolean stopping;
    /** Executing tasks as read once: they no longer change but for their results, which executors do not need. */
    private final Map<Long, Task> executing = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    private ExecutorService workers;

    @Activate
    public TaskEngine(@Reference TaskRepository tasks, @Reference DeviceService devices, TasksConfig config) {
        this(tasks, devices, config, Clock.systemUTC());
    }

    TaskEngine(TaskRepository tasks, DeviceService devices, TasksConfig config, Clock clock) {
        this.tasks = tasks;
        this.devices = devices;
        this.config = config;
        this.clock = clock;
        this.node = nodeName();
        this.owner = node + "/" + Long.toHexString(System.nanoTime() & 0xffff);
    }

    @Reference(service = TaskExecutor.class, cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addExecutor(TaskExecutor executor, Map<String, Object> properties) {
        for (TaskType type : types(properties)) {
            executors.put(type, executor);
        }
    }

    void removeExecutor(TaskExecutor executor, Map<String, Object> properties) {
        for (TaskType type : types(properties)) {
            executors.remove(type, executor);
        }
    }

    static List<TaskType> types(Map<String, Object> properties) {
        Object value = properties.get(TaskExecutor.TYPE);
        List<String> names = value instanceof String[] many ? List.of(many) : value == null ? List.of() : List.of(value.toString());
        return names.stream().map(TaskType::valueOf).toList();
    }

    TaskExecutor executor(TaskType type) {
        return executors.get(type);
    }

    @Activate
    void start() {
        releaseOwnClaims(node, "starting");
        workers = Executors.newFixedThreadPool(Math.max(1, config.concurrency()), named("dialtone-task"));
        ticker = Executors.newSingleThreadScheduledExecutor(named("dialtone-task-engine"));
        ticker.scheduleWithFixedDelay(() -> tick(true), config.tickMillis(), config.tickMillis(), TimeUnit.MILLISECONDS);
        LOG.info("Scheduled tasks run on this node as {}: {} devices at once, {} per site", node, config.concurrency(), config.perSite());
    }

    @Deactivate
    void stop() {
        stopping = true;
        ticker.shutdownNow();
        workers.shutdownNow();
        // A worker blocked in a device call may outlive this bundle: its devices are handed over now, not at lease end.
        releaseOwnClaims(owner, "stopping");
    }

    private void releaseOwnClaims(String held, String why) {
        try {
            int released = tasks.releaseHeldBy(held);
            if (released > 0) {
                LOG.info("Node {} is {}: {} devices' sub tasks it held are pending again", node, why, released);
            }
        } catch (RuntimeException e) {
            LOG.warn("Node {} is {} but could not hand back the sub tasks it held (their leases run out instead): {}", node, why, e.toString());
        }
    }

    /** Looks at once rather than at the next tick (a task created to run now). */
    void wake() {
        if (ticker != null && !ticker.isShutdown()) {
            ticker.execute(() -> tick(true));
        }
    }

    /** A device finished: claim the next at once (one queued look however many finish), without the rest of a tick. */
    private void refill() {
        if (ticker != null && !ticker.isShutdown() && refillQueued.compareAndSet(false, true)) {
            ticker.execute(() -> {
                refillQueued.set(false);
                tick(false);
            });
        }
    }

    /** A full look (expired leases, due tasks, claims, finished tasks), or only claims for the slots that came free. */
    void tick(boolean full) {
        if (!ticking.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            if (full && underWay.get() == 0 && !tasks.anyOpen(now)) {
                executing.clear();
                return;
            }
            if (full) {
                int released = tasks.releaseExpired(now);
                if (released > 0) {
                    LOG.info("{} devices' sub tasks whose node stopped holding them are pending again", released);
                }
                for (long id : tasks.due(now, 20)) {
                    if (tasks.start(id, now)) {
                        LOG.info("Task {} started on {}", id, node);
                    }
                }
            }
            int free = config.concurrency() - underWay.get();
            List<TaskRepository.Claim> claims = tasks.claim(owner, now, now.plusSeconds(config.leaseSeconds()), free, config.perSite());
            if (claims.isEmpty() && underWay.get() == 0) {
                executing.clear();
            }
            for (TaskRepository.Claim claim : claims) {
                underWay.incrementAndGet();
                workers.execute(() -> {
                    try {
                        run(claim);
                    } finally {
                        underWay.decrementAndGet();
                    }
                });
            }
            if (full || underWay.get() == 0) {
                for (long id : tasks.completeFinished(now)) {
                    LOG.info("Task {} is done", id);
                }
            }
        } catch (RuntimeException e) {
            LOG.warn("Scheduled tasks could not be looked at: {}", e.toString());
        } finally {
            ticking.set(false);
        }
    }

    void run(TaskRepository.Claim claim) {
        TaskOutcome outcome;
        try {
            Task task = executing.computeIfAbsent(claim.taskId(), tasks::get);
            Device device = devices.get(claim.deviceId());
            TaskExecutor executor = executors.get(task.type());
            outcome = executor == null ? TaskOutcome.failure("no executor for " + task.typeTitle() + " is installed on node " + node)
                    : executor.execute(task, device);
        } catch (NotFoundException e) {
            outcome = TaskOutcome.notApplicable("the device was deleted");
        } catch (RuntimeException e) {
            LOG.warn("Task {} on device {} failed unexpectedly", claim.taskId(), claim.deviceId(), e);
            outcome = TaskOutcome.failure("Dialtone failed unexpectedly: " + e.getClass().getSimpleName() + "; see the server log");
        }
        try {
            record(claim, outcome);
        } catch (RuntimeException e) {
            // The store going away (this node stopping, a refresh) must not kill the worker: the lease runs out and the device is tried again.
            LOG.warn("The outcome of task {} on device {} could not be recorded ({}); the device is tried again when its lease runs out",
                    claim.taskId(), claim.deviceId(), e.toString());
        }
    }

    private void record(TaskRepository.Claim claim, TaskOutcome outcome) {
        Instant now = clock.instant();
        if (stopping) {
            // The call was cut short by this node stopping, not by the device: another node takes the device over.
            tasks.retryLater(claim, owner, now, "node " + node + " stopped while acting on the device");
            return;
        }
        if (outcome.result() == SubTaskResult.PENDING) {
            if (claim.attempts() >= config.busyAttempts()) {
                tasks.finish(claim, owner, SubTaskResult.FAILURE, outcome.reason() + ", still after " + claim.attempts() + " attempts", now);
            } else {
                Duration delay = outcome.retryAfter().multipliedBy(1L << Math.min(claim.attempts() - 1, 6));
                tasks.retryLater(claim, owner, now.plus(delay), outcome.reason() + "; trying again in " + delay.toSeconds() + " s");
            }
        } else {
            tasks.finish(claim, owner, outcome.result(), outcome.reason(), now);
        }
        refill();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * The host and this installation's data folder: the same across restarts, so that a node started again after it
     * died takes back at once what it held, and different for two installations on one host.
     */
    private static String nodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        String data = System.getProperty("karaf.data", System.getProperty("user.dir", ""));
        String id = String.format("%06x", java.nio.file.Path.of(data).toAbsolutePath().normalize().toString().hashCode() & 0xffffff);
        return (host.length() > 40 ? host.substring(0, 40) : host) + "-" + id;
    }
}
