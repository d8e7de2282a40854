package org.dialtone.store.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.inventory.CallStatus;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.api.inventory.SipRegistration;
import org.dialtone.api.monitoring.DeviceLine;
import org.dialtone.api.monitoring.DeviceState;
import org.dialtone.api.monitoring.StateChange;
import org.dialtone.store.DeviceStateRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeviceStateRepository.class)
public class JpaDeviceStateRepository implements DeviceStateRepository {
    private static final String LINE_COLUMNS = "line_number, address, label, registration, call_state, in_call, updated_at";
    private final JpaTemplate jpa;

    @Activate
    public JpaDeviceStateRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public java.util.Optional<Transition> heard(long deviceId, Heard heard) {
        return Jpa.tx(jpa, "device", em -> {
            // One writer per device at a time: two nodes' events for one phone must not interleave their line updates.
            DeviceEntity device = em.find(DeviceEntity.class, deviceId, LockModeType.PESSIMISTIC_WRITE);
            if (device == null) {
                return java.util.Optional.<Transition>empty();
            }
            SipRegistration registrationBefore = SipRegistration.valueOf(device.registration);
            LocalDateTime at = Jpa.utc(heard.at());
            Map<Integer, DeviceLine> lines = new LinkedHashMap<>();
            lines(em, deviceId).forEach(l -> lines.put(l.line(), l));
            if (heard.allLines()) {
                List<Integer> reported = heard.lines().stream().map(LineReport::line).toList();
                for (Integer gone : new ArrayList<>(lines.keySet())) {
                    if (!reported.contains(gone)) {
                        lines.remove(gone);
                        em.createNativeQuery("DELETE FROM device_line WHERE device_id = ?1 AND line_number = ?2").setParameter(1, deviceId)
                                .setParameter(2, gone).executeUpdate();
                    }
                }
            }
            if (Boolean.FALSE.equals(heard.inCall()) && lines.values().stream().anyMatch(DeviceLine::inCall)) {
                em.createNativeQuery("UPDATE device_line SET in_call = FALSE, call_state = NULL WHERE device_id = ?1 AND in_call = TRUE")
                        .setParameter(1, deviceId).executeUpdate();
                lines.replaceAll((n, l) -> new DeviceLine(n, l.address(), l.label(), l.registration(), null, false, l.updatedAt()));
            }
            for (LineReport report : heard.lines()) {
                DeviceLine before = lines.get(report.line());
                DeviceLine after = merged(before, report, heard.at());
                lines.put(after.line(), after);
                writeLine(em, deviceId, after, before == null);
            }
            boolean anyInCall = lines.values().stream().anyMatch(DeviceLine::inCall);
            boolean callKnown = !"UNKNOWN".equals(device.callStatus) || heard.inCall() != null
                    || heard.lines().stream().anyMatch(l -> l.inCall() != null);
            device.callStatus = (anyInCall || Boolean.TRUE.equals(heard.inCall()) ? CallStatus.IN_CALL
                    : callKnown ? CallStatus.IDLE : CallStatus.UNKNOWN).name();
            device.registration = SipRegistration.over(lines.values().stream().map(DeviceLine::registration).toList()).name();
            boolean cameOnline = !DeviceStatus.ONLINE.name().equals(device.status);
            if (cameOnline) {
                em.persist(DeviceStateChangeEntity.of(deviceId, at, DeviceStatus.ONLINE.name(), "heard from by " + heard.source().toLowerCase(java.util.Locale.ROOT)));
            }
            device.status = DeviceStatus.ONLINE.name();
            if (device.lastSeen == null || device.lastSeen.isBefore(at)) {
                device.lastSeen = at;
            }
            writeDetail(em, deviceId, heard);
            em.flush();
            return java.util.Optional.of(new Transition(cameOnline, registrationBefore, SipRegistration.valueOf(device.registration)));
        });
    }

    private static DeviceLine merged(DeviceLine before, LineReport report, Instant at) {
        String address = report.address() != null ? report.address() : before == null ? null : before.address();
        String label = report.label() != null ? report.label() : before == null ? null : before.label();
        SipRegistration registration = report.registration() != null ? report.registration()
                : before == null ? SipRegistration.UNKNOWN : before.registration();
        boolean inCall = report.inCall() != null ? report.inCall() : before != null && before.inCall();
        String callState = report.callState() != null || report.inCall() != null ? report.callState() : before == null ? null : before.callState();
        return new DeviceLine(report.line(), cut(address, 256), cut(label, 128), registration, inCall ? cut(callState, 32) : null, inCall, at);
    }

    private static void writeLine(EntityManager em, long deviceId, DeviceLine line, boolean added) {
        String sql = added ? "INSERT INTO device_line (address, label, registration, call_state, in_call, updated_at, device_id, line_number)"
                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)"
                : "UPDATE device_line SET address = ?1, label = ?2, registration = ?3, call_state = ?4, in_call = ?5, updated_at = ?6"
                + " WHERE device_id = ?7 AND line_number = ?8";
        em.createNativeQuery(sql).setParameter(1, text(line.address())).setParameter(2, text(line.label())).setParameter(3, line.registration().name())
                .setParameter(4, text(line.callState())).setParameter(5, line.inCall()).setParameter(6, Jpa.utc(line.updatedAt()))
                .setParameter(7, deviceId).setParameter(8, line.line()).executeUpdate();
    }

    /** PostgreSQL will not take a null bound without a type: an empty text stands for none. */
    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    private static void writeDetail(EntityManager em, long deviceId, Heard heard) {
        List<String> sets = new ArrayList<>(List.of("heard_from = ?2"));
        List<Object> values = new ArrayList<>(List.of(heard.source()));
        if (heard.event() != null) {
            sets.add("last_event = ?" + (values.size() + 2));
            values.add(cut(heard.event(), 64));
            sets.add("last_event_at = ?" + (values.size() + 2));
            values.add(Jpa.utc(heard.at()));
        }
        if (heard.offHook() != null) {
            sets.add("off_hook = ?" + (values.size() + 2));
            values.add(heard.offHook());
        }
        if (heard.userChanged()) {
            sets.add("user_logged_in = ?" + (values.size() + 2));
            values.add(text(cut(heard.user(), 128)));
        }
        if (heard.uptimeSeconds() != null) {
            sets.add("uptime_seconds = ?" + (values.size() + 2));
            values.add(heard.uptimeSeconds());
            sets.add("last_reboot_at = ?" + (values.size() + 2));
            values.add(Jpa.utc(heard.at().minusSeconds(heard.uptimeSeconds())));
        }
        if (heard.pollResult() != null) {
            sets.add("polled_at = ?" + (values.size() + 2));
            values.add(Jpa.utc(heard.at()));
            sets.add("poll_result = ?" + (values.size() + 2));
            values.add(cut(heard.pollResult(), 512));
        }
        if (update(em, deviceId, sets, values) == 0) {
            em.createNativeQuery("INSERT INTO device_detail (device_id) VALUES (?1)").setParameter(1, deviceId).executeUpdate();
            update(em, deviceId, sets, values);
        }
    }

    private static int update(EntityManager em, long deviceId, List<String> sets, List<Object> values) {
        javax.persistence.Query update = em.createNativeQuery("UPDATE device_detail SET " + String.join(", ", sets) + " WHERE device_id = ?1")
                .setParameter(1, deviceId);
        for (int i = 0; i < values.size(); i++) {
            update.setParameter(i + 2, values.get(i));
        }
        return update.executeUpdate();
    }

    private static List<DeviceLine> lines(EntityManager em, long deviceId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + LINE_COLUMNS + " FROM device_line WHERE device_id = ?1 ORDER BY line_number")
                .setParameter(1, deviceId).getResultList();
        return rows.stream().map(r -> new DeviceLine(((Number) r[0]).intValue(), blank(r[1]), blank(r[2]), SipRegistration.valueOf((String) r[3]),
                blank(r[4]), Boolean.TRUE.equals(r[5]), Jpa.instant(r[6]))).toList();
    }

    private static String blank(Object value) {
        return value == null || ((String) value).isEmpty() ? null : (String) value;
    }

    @Override
    public DeviceState state(long deviceId, int changes) {
        return Jpa.tx(jpa, "device", em -> {
            DeviceEntity device = JpaDeviceRepository.find(em, deviceId);
            List<DeviceLine> lines = lines(em, deviceId);
            @SuppressWarnings("unchecked")
            List<Object[]> details = em.createNativeQuery("SELECT heard_from, last_event, last_event_at, off_hook, user_logged_in, uptime_seconds,"
                    + " last_reboot_at, polled_at, poll_result FROM device_detail WHERE device_id = ?1").setParameter(1, deviceId).getResultList();
            Object[] d = details.isEmpty() ? new Object[9] : details.get(0);
            List<StateChange> recent = em.createQuery("SELECT c FROM DeviceStateChangeEntity c WHERE c.deviceId = :id ORDER BY c.changedAt DESC, c.id DESC",
                            DeviceStateChangeEntity.class).setParameter("id", deviceId).setMaxResults(changes).getResultList().stream()
                    .map(c -> new StateChange(Jpa.instant(c.changedAt), DeviceStatus.valueOf(c.status), c.reason)).toList();
            DeviceLine first = lines.isEmpty() ? null : lines.get(0);
            return new DeviceState(deviceId, DeviceStatus.valueOf(device.status), Jpa.instant(device.lastSeen),
                    heardFrom(device, (String) d[0]), SipRegistration.valueOf(device.registration),
                    CallStatus.valueOf(device.callStatus), lines, first == null ? null : first.address(), first == null ? null : first.label(),
                    (Boolean) d[3], blank(d[4]), blank(d[1]), Jpa.instant(d[2]), d[5] == null ? null : ((Number) d[5]).longValue(), Jpa.instant(d[6]),
                    Jpa.instant(d[7]), blank(d[8]), Jpa.instant(device.nextPollAt), null, null, recent);
        });
    }

    /** Provisioning contacts write no detail row (they stay one statement): a contact as late as the last sighting was one. */
    private static String heardFrom(DeviceEntity device, String recorded) {
        if (device.lastSeen == null) {
            return null;
        }
        return recorded == null || device.lastProvisionAt != null && !device.lastProvisionAt.isBefore(device.lastSeen) ? "PROVISIONING" : recorded;
    }

    @Override
    public List<Long> markOffline(Instant silentSince, Instant now, int limit, SiteScope scope) {
        return Jpa.tx(jpa, "device", em -> {
            String sites = scope.everySite() ? ""
                    : scope.pollIntervalMinutes() == null
                    ? " AND (d.siteId IS NULL OR d.siteId NOT IN (SELECT s.id FROM SiteEntity s WHERE s.pollIntervalMinutes IS NOT NULL))"
                    : " AND d.siteId IN (SELECT s.id FROM SiteEntity s WHERE s.pollIntervalMinutes = :minutes)";
            TypedQuery<Long> query = em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.status = 'ONLINE' AND d.lastSeen < :since" + sites
                    + " ORDER BY d.lastSeen", Long.class).setParameter("since", Jpa.utc(silentSince));
            if (scope.pollIntervalMinutes() != null) {
                query.setParameter("minutes", scope.pollIntervalMinutes());
            }
            List<Long> silent = query.setMaxResults(limit).getResultList();
            LocalDateTime at = Jpa.utc(now);
            String reason = "nothing heard from it since " + silentSince.truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
            List<Long> changed = new ArrayList<>();
            for (Long id : silent) {
                // Conditional, so that of two nodes sweeping at once one records the change.
                if (em.createNativeQuery("UPDATE device SET status = 'OFFLINE', row_version = row_version + 1 WHERE id = ?1 AND status = 'ONLINE'"
                        + " AND last_seen < ?2").setParameter(1, id).setParameter(2, Jpa.utc(silentSince)).executeUpdate() == 1) {
                    em.persist(DeviceStateChangeEntity.of(id, at, DeviceStatus.OFFLINE.name(), reason));
                    changed.add(id);
                }
            }
            return changed;
        });
    }

    @Override
    public List<Long> online(List<Long> deviceIds) {
        return Jpa.tx(jpa, "device", em -> {
            List<Long> online = new ArrayList<>();
            for (List<Long> chunk : Jpa.chunks(deviceIds)) {
                online.addAll(em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.status = 'ONLINE' AND d.id IN :ids", Long.class)
                        .setParameter("ids", chunk).getResultList());
            }
            return online;
        });
    }

    @Override
    public List<Integer> sitePollIntervals() {
        return Jpa.tx(jpa, "site", em -> em.createQuery("SELECT DISTINCT s.pollIntervalMinutes FROM SiteEntity s WHERE s.pollIntervalMinutes IS NOT NULL",
                Integer.class).getResultList());
    }

    @Override
    public int schedulePolls(Instant now, Duration interval, int limit) {
        return Jpa.tx(jpa, "device", em -> {
            List<DuePoll> unscheduled = em.createQuery("SELECT d.id, s.pollIntervalMinutes FROM DeviceEntity d LEFT JOIN SiteEntity s ON s.id = d.siteId"
                    + " WHERE d.nextPollAt IS NULL ORDER BY d.id", Object[].class).setMaxResults(limit).getResultList().stream().map(JpaDeviceStateRepository::duePoll).toList();
            for (DuePoll due : unscheduled) {
                long id = due.deviceId();
                long spread = Math.max(1, due.intervalMinutes() == null ? interval.toMillis() : Duration.ofMinutes(due.intervalMinutes()).toMillis());
                // A device's place in the interval comes from its id, so that a fleet added at once is polled spread out.
                long offset = Math.floorMod(Long.hashCode(id * 0x9E3779B97F4A7C15L), spread);
                em.createNativeQuery("UPDATE device SET next_poll_at = ?2 WHERE id = ?1 AND next_poll_at IS NULL").setParameter(1, id)
                        .setParameter(2, Jpa.utc(now.plusMillis(offset))).executeUpdate();
            }
            return unscheduled.size();
        });
    }

    @Override
    public List<DuePoll> duePolls(Instant now, int limit) {
        return Jpa.tx(jpa, "device", em -> em.createQuery("SELECT d.id, s.pollIntervalMinutes FROM DeviceEntity d LEFT JOIN SiteEntity s ON s.id = d.siteId"
                        + " WHERE d.nextPollAt <= :now ORDER BY d.nextPollAt", Object[].class)
                .setParameter("now", Jpa.utc(now)).setMaxResults(limit).getResultList().stream().map(JpaDeviceStateRepository::duePoll).toList());
    }

    private static DuePoll duePoll(Object[] row) {
        return new DuePoll(((Number) row[0]).longValue(), row[1] == null ? null : ((Number) row[1]).intValue());
    }

    @Override
    public boolean claimPoll(long deviceId, Instant now, Instant next) {
        return Jpa.tx(jpa, "device", em -> em.createNativeQuery("UPDATE device SET next_poll_at = ?3 WHERE id = ?1 AND next_poll_at <= ?2")
                .setParameter(1, deviceId).setParameter(2, Jpa.utc(now)).setParameter(3, Jpa.utc(next)).executeUpdate() == 1);
    }

    @Override
    public int pollNow(DeviceQuery query, Instant now) {
        JpaDeviceRepository.Filter filter = JpaDeviceRepository.Filter.of(query);
        return Jpa.tx(jpa, "device", em -> {
            int due = 0;
            long after = 0;
            while (true) {
                TypedQuery<Long> ids = em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.id > :after AND " + filter.where() + " ORDER BY d.id", Long.class);
                filter.bind(ids);
                List<Long> page = ids.setParameter("after", after).setMaxResults(Jpa.CHUNK).getResultList();
                if (page.isEmpty()) {
                    return due;
                }
                due += em.createNativeQuery("UPDATE device SET next_poll_at = ?1 WHERE id IN (" + String.join(",", page.stream().map(String::valueOf).toList())
                        + ")").setParameter(1, Jpa.utc(now)).executeUpdate();
                after = page.get(page.size() - 1);
            }
        });
    }

    @Override
    public void pollFailed(long deviceId, Instant at, String reason) {
        Jpa.tx(jpa, "device", em -> {
            List<Object> values = List.of(Jpa.utc(at), cut(reason, 512));
            if (em.createNativeQuery("UPDATE device_detail SET polled_at = ?2, poll_result = ?3 WHERE device_id = ?1").setParameter(1, deviceId)
                    .setParameter(2, values.get(0)).setParameter(3, values.get(1)).executeUpdate() == 0
                    && em.find(DeviceEntity.class, deviceId) != null) {
                em.createNativeQuery("INSERT INTO device_detail (device_id, polled_at, poll_result) VALUES (?1, ?2, ?3)").setParameter(1, deviceId)
                        .setParameter(2, values.get(0)).setParameter(3, values.get(1)).executeUpdate();
            }
            return null;
        });
    }
}
