package org.dialtone.store.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.store.ActivityRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ActivityRepository.class)
public class JpaActivityRepository implements ActivityRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaActivityRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public void add(Activity activity) {
        Jpa.tx(jpa, "activity", em -> {
            ActivityEntity row = new ActivityEntity();
            row.at = Jpa.utc(activity.at());
            row.actor = cut(activity.actor(), 128);
            row.face = activity.face();
            row.action = cut(activity.action(), 256);
            row.target = cut(activity.target(), 512);
            row.status = activity.status();
            row.before = cut(activity.before(), 4000);
            row.after = cut(activity.after(), 4000);
            em.persist(row);
            return null;
        });
    }

    @Override
    public Page<Activity> find(String actor, Instant from, Instant to, PageRequest page) {
        return Jpa.tx(jpa, "activity", em -> {
            String where = where(actor, from, to);
            TypedQuery<Long> count = bind(em.createQuery("SELECT COUNT(a) FROM ActivityEntity a WHERE " + where, Long.class), actor, from, to);
            TypedQuery<ActivityEntity> rows = bind(em.createQuery("SELECT a FROM ActivityEntity a WHERE " + where + " ORDER BY a.at DESC, a.id DESC",
                    ActivityEntity.class), actor, from, to);
            List<Activity> items = rows.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(JpaActivityRepository::activity).toList();
            return new Page<>(items, count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public long count(Instant from, Instant to) {
        return Jpa.tx(jpa, "activity", em -> bind(em.createQuery("SELECT COUNT(a) FROM ActivityEntity a WHERE " + where(null, from, to), Long.class),
                null, from, to).getSingleResult());
    }

    @Override
    public void each(Instant from, Instant to, Consumer<Activity> sink) {
        long after = 0;
        while (true) {
            long last = after;
            List<Activity> page = Jpa.tx(jpa, "activity", em -> em.createQuery("SELECT a FROM ActivityEntity a WHERE a.at >= :from AND a.at < :to"
                            + " AND a.id > :after ORDER BY a.id", ActivityEntity.class).setParameter("from", Jpa.utc(from)).setParameter("to", Jpa.utc(to))
                    .setParameter("after", last).setMaxResults(Jpa.CHUNK).getResultList().stream().map(JpaActivityRepository::activity).toList());
            if (page.isEmpty()) {
                return;
            }
            page.forEach(sink);
            after = page.get(page.size() - 1).id();
        }
    }

    @Override
    public int deleteBefore(Instant before) {
        return Jpa.tx(jpa, "activity", em -> em.createQuery("DELETE FROM ActivityEntity a WHERE a.at < :before")
                .setParameter("before", Jpa.utc(before)).executeUpdate());
    }

    private static String where(String actor, Instant from, Instant to) {
        List<String> clauses = new ArrayList<>(List.of("1 = 1"));
        if (actor != null) {
            clauses.add("a.actor = :actor");
        }
        if (from != null) {
            clauses.add("a.at >= :from");
        }
        if (to != null) {
            clauses.add("a.at < :to");
        }
        return String.join(" AND ", clauses);
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, String actor, Instant from, Instant to) {
        if (actor != null) {
            query.setParameter("actor", actor);
        }
        if (from != null) {
            query.setParameter("from", Jpa.utc(from));
        }
        if (to != null) {
            query.setParameter("to", Jpa.utc(to));
        }
        return query;
    }

    private static Activity activity(ActivityEntity a) {
        return new Activity(a.id, Jpa.instant(a.at), a.actor, a.face, a.action, a.target, a.status, a.before, a.after);
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 3) + "...";
    }
}
