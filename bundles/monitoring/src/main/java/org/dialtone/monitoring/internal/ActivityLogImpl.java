package org.dialtone.monitoring.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.activity.ActivityLog;
import org.dialtone.api.activity.ActivityWeek;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.store.ActivityRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The activity log: weeks run Monday to Sunday in UTC; entries older than the weeks kept are removed hourly. */
@Component(service = ActivityLog.class, immediate = true, configurationPid = "org.dialtone.monitoring")
public class ActivityLogImpl implements ActivityLog {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityLogImpl.class);
    private static final String[] HEADER = {"time", "actor", "face", "action", "target", "status", "before", "after"};
    private final ActivityRepository repository;
    private final int weeks;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService sweeper;

    @Activate
    public ActivityLogImpl(@Reference ActivityRepository repository, MonitoringConfig config) {
        this.repository = repository;
        this.weeks = Math.max(1, config.activityWeeks());
    }

    @Activate
    void start() {
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dialtone-activity-log");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 1, 60, TimeUnit.MINUTES);
    }

    @Deactivate
    void stop() {
        sweeper.shutdownNow();
    }

    private void sweep() {
        try {
            int removed = repository.deleteBefore(oldestKept().atStartOfDay().toInstant(ZoneOffset.UTC));
            if (removed > 0) {
                LOG.info("Removed {} activity log entries older than {} weeks", removed, weeks);
            }
        } catch (RuntimeException e) {
            LOG.warn("The activity log sweep failed: {}", e.toString());
        }
    }

    /** The Monday of the oldest week kept: this week and the {@code weeks - 1} before it. */
    private LocalDate oldestKept() {
        return monday(clock.instant()).minusWeeks(weeks - 1L);
    }

    private static LocalDate monday(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    @Override
    public void record(Activity activity) {
        repository.add(new Activity(0, clock.instant(), activity.actor(), activity.face(), activity.action(), activity.target(), activity.status(),
                activity.before(), activity.after()));
    }

    @Override
    public Page<Activity> find(String actor, Instant from, Instant to, PageRequest page) {
        return repository.find(actor == null || actor.isBlank() ? null : actor.strip(), from, to, page);
    }

    @Override
    public List<ActivityWeek> weeks() {
        List<ActivityWeek> kept = new ArrayList<>();
        for (LocalDate monday = monday(clock.instant()); !monday.isBefore(oldestKept()); monday = monday.minusWeeks(1)) {
            kept.add(new ActivityWeek(monday, repository.count(start(monday), start(monday.plusWeeks(1)))));
        }
        return kept;
    }

    private static Instant start(LocalDate day) {
        return day.atStartOfDay().toInstant(ZoneOffset.UTC);
    }

    @Override
    public void exportWeek(LocalDate monday, OutputStream out) throws IOException {
        if (monday.getDayOfWeek() != DayOfWeek.MONDAY) {
            throw new InvalidInputException("week", "must be the Monday a week starts on, such as " + monday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.putNextEntry(new ZipEntry("activity-" + monday + ".csv"));
        CSVPrinter csv = new CSVPrinter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), CSVFormat.DEFAULT.builder().setHeader(HEADER).get());
        try {
            repository.each(start(monday), start(monday.plusWeeks(1)), a -> {
                try {
                    csv.printRecord(a.at(), text(a.actor()), a.face(), text(a.action()), text(a.target()), a.status(), text(a.before()), text(a.after()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        csv.flush();
        zip.closeEntry();
        zip.finish();
    }

    /** A spreadsheet would run a cell that starts with =, +, - or @ as a formula. */
    private static String text(String value) {
        return value == null ? "" : !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }
}
