package org.dialtone.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.SipRegistration;
import org.dialtone.api.monitoring.DeviceState;

/** Device status as sources report it, and when devices are polled; every change is one transaction per device. */
public interface DeviceStateRepository {
    /**
     * What one source heard. Null fields leave what is known. {@code allLines}: {@code lines} are all the device has
     * (others are dropped); {@code inCall} false: no line is in a call; {@code userChanged}: {@code user} (null: signed
     * out) replaces the signed-in user.
     */
    record Heard(String source, Instant at, String event, List<LineReport> lines, boolean allLines, Boolean inCall, Boolean offHook,
                 boolean userChanged, String user, Long uptimeSeconds, String pollResult) {
        public Heard {
            lines = List.copyOf(lines);
        }
    }

    /** One line as a source reported it; null fields leave what is known. */
    record LineReport(int line, String address, String label, SipRegistration registration, String callState, Boolean inCall) {
    }

    /** What hearing a device changed: it came back online; its registration before and after. */
    record Transition(boolean cameOnline, SipRegistration before, SipRegistration after) {
    }

    /** Applies it: lines, the device's registration and call status, online (recording the change when it was offline). Empty: no such device. */
    java.util.Optional<Transition> heard(long deviceId, Heard heard);

    /** @throws org.dialtone.api.NotFoundException when there is no such device */
    DeviceState state(long deviceId, int changes);

    /**
     * Which devices an offline window applies to: all, those in sites on the installation's poll interval
     * ({@code pollIntervalMinutes} null), or those in sites polled every {@code pollIntervalMinutes}.
     */
    record SiteScope(boolean everySite, Integer pollIntervalMinutes) {
        public static final SiteScope EVERY_SITE = new SiteScope(true, null);
        public static final SiteScope INSTALLATION_INTERVAL = new SiteScope(false, null);

        public static SiteScope polledEvery(int minutes) {
            return new SiteScope(false, minutes);
        }
    }

    /** A device due a poll; {@code intervalMinutes} its site's poll interval, null for the installation's. */
    record DuePoll(long deviceId, Integer intervalMinutes) {
    }

    /**
     * Marks devices in {@code scope} online but silent since {@code silentSince} offline, recording each change; the
     * devices (at most {@code limit}).
     */
    List<Long> markOffline(Instant silentSince, Instant now, int limit, SiteScope scope);

    /** The poll intervals sites have of their own, each once. */
    List<Integer> sitePollIntervals();

    /** Which of these devices are online. */
    List<Long> online(List<Long> deviceIds);

    /**
     * Gives up to {@code limit} devices that have none a next poll time, spread over their site's poll interval from
     * now ({@code interval} for sites without one); how many.
     */
    int schedulePolls(Instant now, Duration interval, int limit);

    /** Devices whose poll is due, earliest first. */
    List<DuePoll> duePolls(Instant now, int limit);

    /** Moves a due device's next poll to {@code next}; false when another node took it first. */
    boolean claimPoll(long deviceId, Instant now, Instant next);

    /** Makes the matching devices due now; how many. */
    int pollNow(DeviceQuery query, Instant now);

    /** A poll that did not reach the device or was refused: recorded, the device's status left as it was. */
    void pollFailed(long deviceId, Instant at, String reason);
}
