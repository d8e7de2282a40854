package org.dialtone.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.persistence.PersistenceException;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.monitoring.Alert;
import org.dialtone.store.AlertRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = AlertRepository.class)
public class JpaAlertRepository implements AlertRepository {
    private static final String NOT_CLEARED = "a.state <> 'CLEARED'";
    private final JpaTemplate jpa;

    @Activate
    public JpaAlertRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    private static String key(Alert.Kind kind, String subject) {
        return kind.name() + ":" + subject;
    }

    @Override
    public Optional<Alert> raise(Alert.Kind kind, Long deviceId, String subject, String message, Instant at) {
        try {
            return Jpa.tx(jpa, "alert", em -> {
                if (!em.createQuery("SELECT a.id FROM AlertEntity a WHERE a.openKey = :key", Long.class).setParameter("key", key(kind, subject))
                        .getResultList().isEmpty()) {
                    return Optional.<Alert>empty();
                }
                AlertEntity alert = new AlertEntity();
                alert.kind = kind.name();
                alert.deviceId = deviceId;
                alert.subject = subject;
                alert.message = message.length() > 1024 ? message.substring(0, 1021) + "..." : message;
                alert.state = Alert.State.OPEN.name();
                alert.raisedAt = Jpa.utc(at);
                alert.openKey = key(kind, subject);
                em.persist(alert);
                em.flush();
                return Optional.of(alert(alert));
            });
        } catch (PersistenceException e) {
            // Another node raised it a moment before: the unique open key refused the second.
            return Optional.empty();
        }
    }

    @Override
    public int resolve(Alert.Kind kind, List<String> subjects, Instant at) {
        if (subjects.isEmpty()) {
            return 0;
        }
        return Jpa.tx(jpa, "alert", em -> {
            int cleared = 0;
            for (List<String> chunk : Jpa.chunks(subjects.stream().map(s -> key(kind, s)).toList())) {
                cleared += em.createQuery("UPDATE AlertEntity a SET a.state = 'CLEARED', a.clearedBy = 'dialtone', a.clearedAt = :at, a.openKey = NULL"
                        + " WHERE a.openKey IN :keys").setParameter("at", Jpa.utc(at)).setParameter("keys", chunk).executeUpdate();
            }
            return cleared;
        });
    }

    @Override
    public List<String> openSubjects(Alert.Kind kind) {
        return Jpa.tx(jpa, "alert", em -> em.createQuery("SELECT a.subject FROM AlertEntity a WHERE a.kind = :kind AND " + NOT_CLEARED, String.class)
                .setParameter("kind", kind.name()).getResultList());
    }

    @Override
    public java.util.Map<Alert.Kind, Long> openCounts() {
        return Jpa.tx(jpa, "alert", em -> {
            java.util.Map<Alert.Kind, Long> counts = new java.util.EnumMap<>(Alert.Kind.class);
            for (Object[] r : em.createQuery("SELECT a.kind, COUNT(a) FROM AlertEntity a WHERE " + NOT_CLEARED + " GROUP BY a.kind", Object[].class)
                    .getResultList()) {
                counts.put(Alert.Kind.valueOf((String) r[0]), ((Number) r[1]).longValue());
            }
            return counts;
        });
    }

    @Override
    public Page<Alert> find(Alert.State state, Alert.Kind kind, Long deviceId, PageRequest page) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        if (state != null) {
            clauses.add("a.state = :state");
        }
        if (kind != null) {
            clauses.add("a.kind = :kind");
        }
        if (deviceId != null) {
            clauses.add("a.deviceId = :device");
        }
        String where = String.join(" AND ", clauses);
        return Jpa.tx(jpa, "alert", em -> {
            TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(a) FROM AlertEntity a WHERE " + where, Long.class), state, kind, deviceId);
            List<Alert> items = bind(em.createQuery("SELECT a FROM AlertEntity a WHERE " + where + " ORDER BY a.raisedAt DESC, a.id DESC",
                    AlertEntity.class), state, kind, deviceId).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(JpaAlertRepository::alert).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, Alert.State state, Alert.Kind kind, Long deviceId) {
        if (state != null) {
            query.setParameter("state", state.name());
        }
        if (kind != null) {
            query.setParameter("kind", kind.name());
        }
        if (deviceId != null) {
            query.setParameter("device", deviceId);
        }
        return query;
    }

    @Override
    public Optional<Alert> get(long id) {
        return Jpa.tx(jpa, "alert", em -> Optional.ofNullable(em.find(AlertEntity.class, id)).map(JpaAlertRepository::alert));
    }

    @Override
    public boolean acknowledge(long id, String actor, Instant at) {
        return Jpa.tx(jpa, "alert", em -> em.createQuery("UPDATE AlertEntity a SET a.state = 'ACKNOWLEDGED', a.acknowledgedBy = :actor,"
                        + " a.acknowledgedAt = :at WHERE a.id = :id AND a.state = 'OPEN'").setParameter("actor", actor).setParameter("at", Jpa.utc(at))
                .setParameter("id", id).executeUpdate() == 1);
    }

    @Override
    public boolean clear(long id, String actor, Instant at) {
        return Jpa.tx(jpa, "alert", em -> em.createQuery("UPDATE AlertEntity a SET a.state = 'CLEARED', a.clearedBy = :actor, a.clearedAt = :at,"
                        + " a.openKey = NULL WHERE a.id = :id AND " + NOT_CLEARED).setParameter("actor", actor).setParameter("at", Jpa.utc(at))
                .setParameter("id", id).executeUpdate() == 1);
    }

    private static Alert alert(AlertEntity a) {
        return new Alert(a.id, Alert.Kind.valueOf(a.kind), a.deviceId, a.subject, a.message, Alert.State.valueOf(a.state), Jpa.instant(a.raisedAt),
                a.acknowledgedBy, Jpa.instant(a.acknowledgedAt), a.clearedBy, Jpa.instant(a.clearedAt));
    }
}
