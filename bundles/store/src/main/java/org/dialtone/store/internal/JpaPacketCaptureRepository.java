package org.dialtone.store.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.tasks.PacketCapture;
import org.dialtone.store.PacketCaptureRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = PacketCaptureRepository.class)
public class JpaPacketCaptureRepository implements PacketCaptureRepository {
    private static final String COLUMNS = "id, device_id, state, capture_filter, size_mb, minutes, started_at, ends_at, started_by, finished_at,"
            + " file_name, reason, token_sealed";
    private static final String ACTIVE = "state IN ('CAPTURING', 'UPLOADING')";
    private final JpaTemplate jpa;

    @Activate
    public JpaPacketCaptureRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Optional<PacketCapture> create(long deviceId, String filter, int sizeMb, int minutes, Instant startedAt, String actor,
                                          String tokenHash, String sealedToken) {
        return Jpa.tx(jpa, "packet capture", em -> {
            em.find(DeviceEntity.class, deviceId, javax.persistence.LockModeType.PESSIMISTIC_WRITE);
            if (!select(em, "device_id = ?1 AND " + ACTIVE, deviceId).isEmpty()) {
                return Optional.empty();
            }
            PacketCaptureEntity entity = new PacketCaptureEntity();
            entity.deviceId = deviceId;
            entity.state = PacketCapture.State.CAPTURING.name();
            entity.filter = filter == null ? "" : filter;
            entity.sizeMb = sizeMb;
            entity.minutes = minutes;
            entity.startedAt = Jpa.utc(startedAt);
            entity.endsAt = Jpa.utc(startedAt.plusSeconds(60L * minutes));
            entity.startedBy = actor;
            entity.tokenHash = tokenHash;
            entity.tokenSealed = sealedToken;
            em.persist(entity);
            em.flush();
            return select(em, "id = ?1", entity.id).stream().map(Held::capture).findFirst();
        });
    }

    @Override
    public Optional<Held> active(long deviceId) {
        return Jpa.tx(jpa, "packet capture", em -> select(em, "device_id = ?1 AND " + ACTIVE, deviceId).stream().findFirst());
    }

    @Override
    public Optional<Held> byToken(String tokenHash) {
        return Jpa.tx(jpa, "packet capture", em -> select(em, "token_hash = ?1", tokenHash).stream().findFirst());
    }

    @Override
    public boolean move(long id, PacketCapture.State from, PacketCapture.State to, String reason, Instant now) {
        boolean terminal = !to.active();
        return Jpa.tx(jpa, "packet capture", em -> em.createNativeQuery("UPDATE packet_capture SET state = ?3, reason = ?4"
                        + (terminal ? ", finished_at = ?5, token_hash = NULL, token_sealed = NULL" : ", upload_asked_at = ?5")
                        + " WHERE id = ?1 AND state = ?2")
                .setParameter(1, id).setParameter(2, from.name()).setParameter(3, to.name()).setParameter(4, reason == null ? "" : shorten(reason))
                .setParameter(5, Jpa.utc(now)).executeUpdate()) == 1;
    }

    @Override
    public boolean received(long id, String fileName, Instant now) {
        return Jpa.tx(jpa, "packet capture", em -> em.createNativeQuery("UPDATE packet_capture SET state = 'DONE', file_name = ?2, finished_at = ?3,"
                + " token_hash = NULL, token_sealed = NULL, reason = '' WHERE id = ?1 AND " + ACTIVE)
                .setParameter(1, id).setParameter(2, fileName).setParameter(3, Jpa.utc(now)).executeUpdate()) == 1;
    }

    @Override
    public List<Held> ended(Instant now, int limit) {
        return Jpa.tx(jpa, "packet capture", em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM packet_capture WHERE state = 'CAPTURING' AND ends_at <= ?1 ORDER BY ends_at")
                    .setParameter(1, Jpa.utc(now)).setMaxResults(limit).getResultList();
            return rows.stream().map(JpaPacketCaptureRepository::held).toList();
        });
    }

    @Override
    public int failUnsent(Instant before, String reason, Instant now) {
        return Jpa.tx(jpa, "packet capture", em -> em.createNativeQuery("UPDATE packet_capture SET state = 'FAILED', reason = ?2, finished_at = ?3,"
                        + " token_hash = NULL, token_sealed = NULL WHERE state = 'UPLOADING' AND upload_asked_at < ?1")
                .setParameter(1, Jpa.utc(before)).setParameter(2, shorten(reason)).setParameter(3, Jpa.utc(now)).executeUpdate());
    }

    @Override
    public List<PacketCapture> recent(long deviceId, int limit) {
        return Jpa.tx(jpa, "packet capture", em -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM packet_capture WHERE device_id = ?1 ORDER BY started_at DESC, id DESC")
                    .setParameter(1, deviceId).setMaxResults(limit).getResultList();
            return rows.stream().map(r -> held(r).capture()).toList();
        });
    }

    private static List<Held> select(EntityManager em, String where, Object key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM packet_capture WHERE " + where).setParameter(1, key).getResultList();
        return rows.stream().map(JpaPacketCaptureRepository::held).toList();
    }

    private static Held held(Object[] r) {
        String filter = (String) r[3];
        return new Held(new PacketCapture(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), PacketCapture.State.valueOf(((String) r[2]).strip()),
                filter == null || filter.isEmpty() ? null : filter, ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), Jpa.instant(r[6]),
                Jpa.instant(r[7]), (String) r[8], r[9] == null ? null : Jpa.instant(r[9]), (String) r[10],
                r[11] == null || ((String) r[11]).isEmpty() ? null : (String) r[11]), (String) r[12]);
    }

    private static String shorten(String reason) {
        return reason.length() > 1024 ? reason.substring(0, 1021) + "..." : reason;
    }
}
