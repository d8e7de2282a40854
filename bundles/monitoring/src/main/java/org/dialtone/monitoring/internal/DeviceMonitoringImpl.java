package org.dialtone.monitoring.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.dialtone.api.UnavailableException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.monitoring.DeviceMonitoring;
import org.dialtone.api.monitoring.DeviceState;
import org.dialtone.api.monitoring.StatusPoller;
import org.dialtone.driver.spi.Capabilities;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.drivers.DriverRegistry;
import org.dialtone.store.DeviceStateRepository;
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
 * Device status: the status page, polls on demand and on schedule (each device at its own place in the interval, taken
 * by one node through a conditional update), and the sweep that marks silent devices offline.
 */
@Component(service = DeviceMonitoring.class, immediate = true, configurationPid = "org.dialtone.monitoring")
@Designate(ocd = MonitoringConfig.class)
public class DeviceMonitoringImpl implements DeviceMonitoring {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceMonitoringImpl.class);
    private static final int CHANGES_SHOWN = 10;
    private static final int SWEEP_BATCH = 500;
    private final DeviceStateRepository states;
    private final AlertService alerts;
    private final DeviceService devices;
    private final DriverRegistry drivers;
    private final MonitoringConfig config;
    private final Duration interval;
    private final Duration offlineAfter;
    private final Clock clock = Clock.systemUTC();
    private final Semaphore pollSlots;
    private final java.util.concurrent.atomic.AtomicBoolean refillQueued = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile boolean moreDue;
    private ScheduledExecutorService timer;
    private ExecutorService pollers;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile StatusPoller poller;

    @Activate
    public DeviceMonitoringImpl(@Reference DeviceStateRepository states, @Reference DeviceService devices, @Reference DriverRegistry drivers,
                                @Reference AlertService alerts, MonitoringConfig config) {
        this.states = states;
        this.alerts = alerts;
        this.devices = devices;
        this.drivers = drivers;
        this.config = config;
        this.interval = Duration.ofMinutes(Math.max(1, config.pollIntervalMinutes()));
        this.offlineAfter = offlineAfter(config);
        this.pollSlots = new Semaphore(Math.max(1, config.pollConcurrency()));
    }

    static Duration offlineAfter(MonitoringConfig config) {
        return config.offlineAfterSeconds() > 0 ? Duration.ofSeconds(config.offlineAfterSeconds()) : offlineAfter(config.pollIntervalMinutes());
    }

    /** Two polls missed, and ten minutes for a poll that is late. */
    static Duration offlineAfter(int pollIntervalMinutes) {
        return Duration.ofMinutes(2L * Math.max(1, pollIntervalMinutes) + 10);
    }

    @Activate
    void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "dialtone-device-status"));
        pollers = Executors.newFixedThreadPool(Math.max(1, config.pollConcurrency()), r -> daemon(r, "dialtone-device-poll"));
        timer.scheduleWithFixedDelay(this::sweep, 5, Math.max(1, config.sweepSeconds()), TimeUnit.SECONDS);
        timer.scheduleWithFixedDelay(this::pollDue, 3, Math.max(1, config.pollLookSeconds()), TimeUnit.SECONDS);
        LOG.info("Device status: polls every {} min, offline after {} s of silence", interval.toMinutes(), offlineAfter.toSeconds());
    }

    @Deactivate
    void stop() {
        timer.shutdownNow();
        pollers.shutdownNow();
    }

    private static Thread daemon(Runnable r, String name) {
        Thread thread = new Thread(r, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public DeviceState state(long deviceId) {
        Device device = devices.get(deviceId);
        DeviceState state = states.state(deviceId, CHANGES_SHOWN);
        if (device.family() == null || device.lastSeen() == null) {
            // A device takes a licence when it connects (guide: Licensing).
            return state.withModel("UNLICENSED", device.modelNote());
        }
        DeviceDriver driver = drivers.byFamily(device.family()).orElse(null);
        if (driver == null) {
            return state.withModel("UNLICENSED", "The driver of the " + device.family() + " family is not installed");
        }
        Capabilities capabilities = driver.capabilities(device.model(), device.softwareVersion());
        return state.withModel(capabilities.needsLicense() ? "LICENSED" : "NO_LICENSE_NEEDED", capabilities.note());
    }

    @Override
    public DeviceState refresh(long deviceId) {
        StatusPoller current = poller;
        if (current == null) {
            throw new UnavailableException("Device polling is not running: check that the dialtone-tasks bundle is active");
        }
        current.poll(deviceId);
        // An id no device has polls nothing; state() answers it with the 404.
        return state(deviceId);
    }

    @Override
    public int refresh(DeviceQuery query) {
        return states.pollNow(query, clock.instant());
    }

    private void sweep() {
        try {
            Instant now = clock.instant();
            if (config.offlineAfterSeconds() > 0) {
                sweep(now, offlineAfter, DeviceStateRepository.SiteScope.EVERY_SITE);
            } else {
                sweep(now, offlineAfter, DeviceStateRepository.SiteScope.INSTALLATION_INTERVAL);
                for (int minutes : states.sitePollIntervals()) {
                    sweep(now, offlineAfter(minutes), DeviceStateRepository.SiteScope.polledEvery(minutes));
                }
            }
            while (states.schedulePolls(now, interval, SWEEP_BATCH) == SWEEP_BATCH) {
                // a fleet just imported gets its places in the interval in batches
            }
        } catch (RuntimeException e) {
            LOG.warn("The device status sweep failed: {}", e.toString());
        }
    }

    private void sweep(Instant now, Duration window, DeviceStateRepository.SiteScope scope) {
        List<Long> changed;
        do {
            changed = states.markOffline(now.minus(window), now, SWEEP_BATCH, scope);
            if (!changed.isEmpty()) {
                LOG.info("{} devices went offline: nothing heard from them for {} s", changed.size(), window.toSeconds());
                alerts.wentOffline(changed, window);
            }
        } while (changed.size() == SWEEP_BATCH);
    }

    /**
     * A finished poll frees a slot: while the last look found more devices due than it could start, one more look is
     * queued at once (however many polls finish before it runs), so that a fleet made due together is polled as fast
     * as the slots allow rather than a slot-full per pollLookSeconds.
     */
    private void refill() {
        if (moreDue && refillQueued.compareAndSet(false, true)) {
            try {
                timer.execute(() -> {
                    refillQueued.set(false);
                    pollDue();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                refillQueued.set(false);
            }
        }
    }

    private void pollDue() {
        StatusPoller current = poller;
        if (current == null) {
            return;
        }
        try {
            int free = pollSlots.availablePermits();
            if (free == 0) {
                return;
            }
            Instant now = clock.instant();
            List<DeviceStateRepository.DuePoll> due = states.duePolls(now, free);
            moreDue = due.size() >= free;
            for (DeviceStateRepository.DuePoll poll : due) {
                long id = poll.deviceId();
                Duration every = poll.intervalMinutes() == null ? interval : Duration.ofMinutes(poll.intervalMinutes());
                // A slot first: a device claimed without one would wait a whole interval unpolled.
                if (!pollSlots.tryAcquire()) {
                    break;
                }
                if (!states.claimPoll(id, now, now.plus(every))) {
                    pollSlots.release();
                    continue;
                }
                pollers.execute(() -> {
                    try {
                        current.poll(id);
                    } catch (RuntimeException e) {
                        LOG.warn("Device {} could not be polled: {}", id, e.toString());
                    } finally {
                        pollSlots.release();
                        refill();
                    }
                });
            }
        } catch (RuntimeException e) {
            LOG.warn("The look for devices due a poll failed: {}", e.toString());
        }
    }
}
