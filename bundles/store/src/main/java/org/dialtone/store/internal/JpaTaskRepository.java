package org.dialtone.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.tasks.DeviceFilter;
import org.dialtone.api.tasks.NewTask;
import org.dialtone.api.tasks.SubTask;
import org.dialtone.api.tasks.SubTaskResult;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskChange;
import org.dialtone.api.tasks.TaskQuery;
import org.dialtone.api.tasks.TaskState;
import org.dialtone.api.tasks.TaskTarget;
import org.dialtone.api.tasks.TaskTotals;
import org.dialtone.api.tasks.TaskType;
import org.dialtone.store.SchemaReady;
import org.dialtone.store.TaskRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = TaskRepository.class)
public class JpaTaskRepository implements TaskRepository {
    private static final String OPEN = "('PENDING', 'IN_PROGRESS')";
    private static final String NOT_YET_IN_TASK = " AND NOT EXISTS (SELECT 1 FROM sub_task o WHERE o.task_id = ?1 AND o.device_id = ";
    private final JpaTemplate jpa;

    @Activate
    public JpaTaskRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Task create(NewTask task, String name, String actor) {
        return Jpa.tx(jpa, "task", em -> {
            TaskEntity entity = new TaskEntity();
            entity.name = name;
            entity.type = task.type().name();
            entity.state = TaskState.SCHEDULED.name();
            entity.createdAt = Jpa.now();
            entity.runAt = task.runAt() == null ? entity.createdAt : Jpa.utc(task.runAt());
            entity.createdBy = actor;
            em.persist(entity);
            em.flush();
            writeTargets(em, entity.id, task.targets());
            for (Map.Entry<String, String> argument : new java.util.TreeMap<>(task.arguments()).entrySet()) {
                em.createNativeQuery("INSERT INTO task_argument (task_id, name, arg_value) VALUES (?1, ?2, ?3)")
                        .setParameter(1, entity.id).setParameter(2, argument.getKey()).setParameter(3, argument.getValue()).executeUpdate();
            }
            return tasks(em, List.of(entity)).get(0);
        });
    }

    private static void writeTargets(EntityManager em, long taskId, List<TaskTarget> targets) {
        em.createNativeQuery("DELETE FROM task_target WHERE task_id = ?1").setParameter(1, taskId).executeUpdate();
        int position = 0;
        for (TaskTarget target : targets) {
            // A null parameter is bound as text, which PostgreSQL refuses for a number column: name the NULL instead.
            boolean filter = target.kind() == TaskTarget.Kind.FILTER;
            em.createNativeQuery("INSERT INTO task_target (task_id, ordinal, kind, target_id, device_filter) VALUES (?1, ?2, ?3, "
                            + (filter ? "NULL, ?4)" : "?4, NULL)"))
                    .setParameter(1, taskId).setParameter(2, position++).setParameter(3, target.kind().name())
                    .setParameter(4, filter ? target.filter() : target.id()).executeUpdate();
        }
    }

    @Override
    public Task get(long id) {
        return Jpa.tx(jpa, "task", em -> tasks(em, List.of(find(em, id))).get(0));
    }

    private static TaskEntity find(EntityManager em, long id) {
        TaskEntity task = em.find(TaskEntity.class, id);
        if (task == null) {
            throw new NotFoundException("There is no task with id " + id + "; GET /api/v1/tasks lists them");
        }
        return task;
    }

    @Override
    public Page<Task> find(TaskQuery query, PageRequest page) {
        return Jpa.tx(jpa, "task", em -> {
            String where = " WHERE 1 = 1" + (query.type() == null ? "" : " AND t.type = :type") + (query.state() == null ? "" : " AND t.state = :state")
                    + (query.createdByAccount() == null ? "" : " AND (t.createdBy = :account OR t.createdBy LIKE :tokenOfAccount ESCAPE '\\')");
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(t) FROM TaskEntity t" + where, Long.class);
            TypedQuery<TaskEntity> select = em.createQuery("SELECT t FROM TaskEntity t" + where + " ORDER BY t.createdAt DESC, t.id DESC", TaskEntity.class);
            if (query.type() != null) {
                count.setParameter("type", query.type().name());
                select.setParameter("type", query.type().name());
            }
            if (query.state() != null) {
                count.setParameter("state", query.state().name());
                select.setParameter("state", query.state().name());
            }
            if (query.createdByAccount() != null) {
                String tokens = Jpa.likeEscaped(query.createdByAccount() + " (token ") + "%";
                for (TypedQuery<?> q : List.of(count, select)) {
                    q.setParameter("account", query.createdByAccount()).setParameter("tokenOfAccount", tokens);
                }
            }
            long total = count.getSingleResult();
            List<TaskEntity> rows = select.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            return new Page<>(tasks(em, rows), total, page.offset(), page.limit());
        });
    }

    /** The tasks with their targets, arguments and totals: three queries for the whole page. */
    @SuppressWarnings("unchecked")
    private static List<Task> tasks(EntityManager em, List<TaskEntity> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> r.id).toList();
        Map<Long, List<TaskTarget>> targets = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT task_id, kind, target_id, device_filter FROM task_target WHERE task_id IN ("
                + placeholders(ids) + ") ORDER BY task_id, ordinal").getResultList()) {
            targets.computeIfAbsent(number(r[0]), k -> new ArrayList<>()).add(new TaskTarget(TaskTarget.Kind.valueOf((String) r[1]),
                    r[2] == null ? null : number(r[2]), (String) r[3]));
        }
        Map<Long, Map<String, String>> arguments = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT task_id, name, arg_value FROM task_argument WHERE task_id IN ("
                + placeholders(ids) + ")").getResultList()) {
            arguments.computeIfAbsent(number(r[0]), k -> new LinkedHashMap<>()).put((String) r[1], (String) r[2]);
        }
        Map<Long, Map<String, Long>> counts = new HashMap<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT task_id, result, COUNT(*) FROM sub_task WHERE task_id IN ("
                + placeholders(ids) + ") GROUP BY task_id, result").getResultList()) {
            counts.computeIfAbsent(number(r[0]), k -> new HashMap<>()).put((String) r[1], number(r[2]));
        }
        return rows.stream().map(t -> {
            Map<String, Long> c = counts.getOrDefault(t.id, Map.of());
            long total = c.values().stream().mapToLong(Long::longValue).sum();
            TaskTotals totals = new TaskTotals(total, c.getOrDefault("SUCCESS", 0L), c.getOrDefault("FAILURE", 0L),
                    c.getOrDefault("NOT_APPLICABLE", 0L), c.getOrDefault("PENDING", 0L) + c.getOrDefault("IN_PROGRESS", 0L));
            TaskType type = TaskType.valueOf(t.type);
            return new Task(t.id, t.name, type, type.title(), TaskState.valueOf(t.state), targets.getOrDefault(t.id, List.of()),
                    arguments.getOrDefault(t.id, Map.of()), Jpa.instant(t.runAt), Jpa.instant(t.createdAt), t.createdBy,
                    t.startedAt == null ? null : Jpa.instant(t.startedAt), t.finishedAt == null ? null : Jpa.instant(t.finishedAt), totals, t.version);
        }).toList();
    }

    private static String placeholders(List<Long> ids) {
        return String.join(",", ids.stream().map(String::valueOf).toList());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    @Override
    public Page<SubTask> subTasks(long taskId, PageRequest page) {
        return Jpa.tx(jpa, "task", em -> {
            find(em, taskId);
            return subTasks(em, "s.task_id = ?1", taskId, "s.device_id", page);
        });
    }

    @Override
    public Page<SubTask> history(long deviceId, PageRequest page) {
        return Jpa.tx(jpa, "task", em -> subTasks(em, "s.device_id = ?1", deviceId, "s.task_id DESC", page));
    }

    @SuppressWarnings("unchecked")
    private static Page<SubTask> subTasks(EntityManager em, String where, long key, String order, PageRequest page) {
        long total = number(em.createNativeQuery("SELECT COUNT(*) FROM sub_task s WHERE " + where).setParameter(1, key).getSingleResult());
        List<Object[]> rows = em.createNativeQuery("SELECT s.task_id, s.device_id, COALESCE(d.name, d.mac, d.serial_number), s.result, s.reason,"
                        + " s.attempts, s.finished_at FROM sub_task s JOIN device d ON d.id = s.device_id WHERE " + where + " ORDER BY " + order)
                .setParameter(1, key).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
        List<SubTask> items = rows.stream().map(r -> new SubTask(number(r[0]), number(r[1]), (String) r[2],
                SubTaskResult.valueOf((String) r[3]), (String) r[4], ((Number) r[5]).intValue(), Jpa.instant(r[6]))).toList();
        return new Page<>(items, total, page.offset(), page.limit());
    }

    @Override
    public Task update(long id, TaskChange change) {
        return Jpa.tx(jpa, "task", em -> {
            TaskEntity task = find(em, id);
            requireState(task, TaskState.SCHEDULED, "only a task that has not executed yet can be edited");
            Jpa.expectVersion(task, task.version, change.expectedVersion(), "task");
            int changed = em.createNativeQuery("UPDATE task SET name = ?3, run_at = ?4, version = version + 1"
                            + " WHERE id = ?1 AND version = ?2 AND state = 'SCHEDULED'")
                    .setParameter(1, id).setParameter(2, task.version).setParameter(3, change.name() != null ? change.name() : task.name)
                    .setParameter(4, change.runAt() != null ? Jpa.utc(change.runAt()) : task.runAt).executeUpdate();
            if (changed == 0) {
                throw new ConflictException("Task " + task.name + " started or was changed meanwhile; reload it");
            }
            if (change.targets() != null) {
                writeTargets(em, id, change.targets());
            }
            em.refresh(task);
            return tasks(em, List.of(task)).get(0);
        });
    }

    private static void requireState(TaskEntity task, TaskState state, String rule) {
        if (!state.name().equals(task.state)) {
            throw new ConflictException("Task " + task.name + " is " + task.state.toLowerCase(java.util.Locale.ROOT) + "; " + rule);
        }
    }

    @Override
    public void delete(long id) {
        Jpa.tx(jpa, "task", em -> {
            TaskEntity task = find(em, id);
            // A cancelled task whose devices are still under way is executing too, until they finish.
            if (em.createNativeQuery("DELETE FROM task WHERE id = ?1 AND NOT (state IN ('EXECUTING', 'CANCELLED') AND finished_at IS NULL)")
                    .setParameter(1, id).executeUpdate() == 0) {
                throw new ConflictException("Task " + task.name + " is executing; cancel it first, or wait until its devices are done");
            }
            return null;
        });
    }

    @Override
    public Task cancel(long id) {
        return Jpa.tx(jpa, "task", em -> {
            TaskEntity task = find(em, id);
            if (em.createNativeQuery("UPDATE task SET state = 'CANCELLED', version = version + 1 WHERE id = ?1 AND state = 'EXECUTING'")
                    .setParameter(1, id).executeUpdate() == 0) {
                requireState(task, TaskState.EXECUTING, "only an executing task can be cancelled (delete a scheduled one)");
            }
            em.createNativeQuery("UPDATE sub_task SET result = 'CANCELLED', reason = 'the task was cancelled before this device was reached',"
                    + " finished_at = ?2 WHERE task_id = ?1 AND result = 'PENDING'").setParameter(1, id).setParameter(2, Jpa.now()).executeUpdate();
            em.refresh(task);
            return tasks(em, List.of(task)).get(0);
        });
    }

    @Override
    public List<Long> due(Instant now, int limit) {
        return Jpa.tx(jpa, "task", em -> em.createQuery("SELECT t.id FROM TaskEntity t WHERE t.state = 'SCHEDULED' AND t.runAt <= :now"
                + " ORDER BY t.runAt, t.id", Long.class).setParameter("now", Jpa.utc(now)).setMaxResults(limit).getResultList());
    }

    @Override
    @SuppressWarnings("unchecked")
    public boolean start(long taskId, Instant now) {
        return Jpa.tx(jpa, "task", em -> {
            int claimed = em.createNativeQuery("UPDATE task SET state = 'EXECUTING', started_at = ?2, version = version + 1"
                    + " WHERE id = ?1 AND state = 'SCHEDULED'").setParameter(1, taskId).setParameter(2, Jpa.utc(now)).executeUpdate();
            if (claimed == 0) {
                return false;
            }
            List<Object[]> targets = em.createNativeQuery("SELECT kind, target_id, device_filter FROM task_target WHERE task_id = ?1 ORDER BY ordinal")
                    .setParameter(1, taskId).getResultList();
            String insert = "INSERT INTO sub_task (task_id, device_id, result, attempts) SELECT ?1, ";
            for (Object[] target : targets) {
                switch (TaskTarget.Kind.valueOf((String) target[0])) {
                    case DEVICE -> em.createNativeQuery(insert + "d.id, 'PENDING', 0 FROM device d WHERE d.id = ?2" + NOT_YET_IN_TASK + "d.id)")
                            .setParameter(1, taskId).setParameter(2, number(target[1])).executeUpdate();
                    case SITE -> em.createNativeQuery(insert + "d.id, 'PENDING', 0 FROM device d WHERE d.site_id = ?2" + NOT_YET_IN_TASK + "d.id)")
                            .setParameter(1, taskId).setParameter(2, number(target[1])).executeUpdate();
                    case GROUP -> em.createNativeQuery(insert + "m.device_id, 'PENDING', 0 FROM device_group_member m WHERE m.group_id = ?2"
                            + NOT_YET_IN_TASK + "m.device_id)").setParameter(1, taskId).setParameter(2, number(target[1])).executeUpdate();
                    case USER -> em.createNativeQuery(insert + "ud.device_id, 'PENDING', 0 FROM user_device ud WHERE ud.user_id = ?2"
                            + NOT_YET_IN_TASK + "ud.device_id)").setParameter(1, taskId).setParameter(2, number(target[1])).executeUpdate();
                    case USER_GROUP -> em.createNativeQuery(insert + "u.device_id, 'PENDING', 0 FROM (SELECT DISTINCT ud.device_id FROM user_device ud"
                            + " JOIN user_group_member um ON um.user_id = ud.user_id WHERE um.group_id = ?2) u" + NOT_YET_IN_TASK + "u.device_id)")
                            .setParameter(1, taskId).setParameter(2, number(target[1])).executeUpdate();
                    case FILTER -> addFiltered(em, taskId, (String) target[2]);
                }
            }
            return true;
        });
    }

    /** The devices a filter matches, a thousand ids at a time, so that a filter over 50,000 devices holds no list. */
    private static void addFiltered(EntityManager em, long taskId, String filter) {
        JpaDeviceRepository.Filter where = JpaDeviceRepository.Filter.of(DeviceFilter.parse(filter));
        long after = 0;
        while (true) {
            TypedQuery<Long> ids = em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.id > :after AND " + where.where() + " ORDER BY d.id", Long.class);
            where.bind(ids);
            List<Long> page = ids.setParameter("after", after).setMaxResults(Jpa.CHUNK).getResultList();
            if (page.isEmpty()) {
                return;
            }
            em.createNativeQuery("INSERT INTO sub_task (task_id, device_id, result, attempts) SELECT ?1, d.id, 'PENDING', 0 FROM device d"
                    + " WHERE d.id IN (" + placeholders(page) + ")" + NOT_YET_IN_TASK + "d.id)").setParameter(1, taskId).executeUpdate();
            after = page.get(page.size() - 1);
        }
    }

    @Override
    public int releaseExpired(Instant now) {
        return Jpa.tx(jpa, "task", em -> em.createNativeQuery("UPDATE sub_task SET result = 'PENDING', lease_owner = NULL, lease_until = NULL"
                + " WHERE result = 'IN_PROGRESS' AND lease_until < ?1").setParameter(1, Jpa.utc(now)).executeUpdate());
    }

    @Override
    public boolean anyOpen(Instant now) {
        return Jpa.tx(jpa, "task", em -> !em.createNativeQuery("SELECT id FROM task WHERE (state = 'SCHEDULED' AND run_at <= ?1)"
                + " OR (state IN ('EXECUTING', 'CANCELLED') AND finished_at IS NULL)").setParameter(1, Jpa.utc(now)).setMaxResults(1)
                .getResultList().isEmpty());
    }

    @Override
    public int releaseHeldBy(String owner) {
        return Jpa.tx(jpa, "task", em -> em.createNativeQuery("UPDATE sub_task SET result = 'PENDING', lease_owner = NULL, lease_until = NULL"
                + " WHERE result = 'IN_PROGRESS' AND (lease_owner = ?1 OR lease_owner LIKE ?2)").setParameter(1, owner)
                .setParameter(2, owner + "/%").executeUpdate());
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Claim> claim(String node, Instant now, Instant leaseUntil, int limit, int perSite) {
        if (limit <= 0) {
            return List.of();
        }
        return Jpa.tx(jpa, "task", em -> {
            List<Object[]> candidates = em.createNativeQuery("SELECT s.task_id, s.device_id, d.site_id, s.attempts FROM sub_task s"
                            + " JOIN device d ON d.id = s.device_id JOIN task t ON t.id = s.task_id"
                            + " WHERE s.result = 'PENDING' AND t.state = 'EXECUTING' AND (s.not_before IS NULL OR s.not_before <= ?1)"
                            + " AND NOT EXISTS (SELECT 1 FROM sub_task o WHERE o.device_id = s.device_id AND o.result = 'IN_PROGRESS')"
                            + " ORDER BY s.task_id, s.device_id")
                    .setParameter(1, Jpa.utc(now)).setMaxResults(limit * 4).getResultList();
            if (candidates.isEmpty()) {
                return List.of();
            }
            Map<Long, Long> busySites = new HashMap<>();
            for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT d.site_id, COUNT(*) FROM sub_task s JOIN device d ON d.id = s.device_id"
                    + " WHERE s.result = 'IN_PROGRESS' GROUP BY d.site_id").getResultList()) {
                busySites.put(number(r[0]), number(r[1]));
            }
            List<Claim> claims = new ArrayList<>();
            Set<Long> devices = new HashSet<>();
            for (Object[] c : candidates) {
                long site = number(c[2]);
                long device = number(c[1]);
                if (claims.size() >= limit) {
                    break;
                }
                if (busySites.getOrDefault(site, 0L) >= perSite || !devices.add(device)) {
                    continue;
                }
                int won = em.createNativeQuery("UPDATE sub_task SET result = 'IN_PROGRESS', lease_owner = ?3, lease_until = ?4, attempts = attempts + 1"
                                + " WHERE task_id = ?1 AND device_id = ?2 AND result = 'PENDING'")
                        .setParameter(1, number(c[0])).setParameter(2, device).setParameter(3, node).setParameter(4, Jpa.utc(leaseUntil)).executeUpdate();
                if (won == 1) {
                    busySites.merge(site, 1L, Long::sum);
                    claims.add(new Claim(number(c[0]), device, site, ((Number) c[3]).intValue() + 1));
                }
            }
            return claims;
        });
    }

    @Override
    public void finish(Claim claim, String node, SubTaskResult result, String reason, Instant now) {
        Jpa.tx(jpa, "task", em -> em.createNativeQuery("UPDATE sub_task SET result = ?4, reason = ?5, finished_at = ?6, lease_owner = NULL,"
                        + " lease_until = NULL WHERE task_id = ?1 AND device_id = ?2 AND lease_owner = ?3 AND result = 'IN_PROGRESS'")
                .setParameter(1, claim.taskId()).setParameter(2, claim.deviceId()).setParameter(3, node).setParameter(4, result.name())
                .setParameter(5, shorten(reason)).setParameter(6, Jpa.utc(now)).executeUpdate());
    }

    @Override
    public void retryLater(Claim claim, String node, Instant notBefore, String reason) {
        Jpa.tx(jpa, "task", em -> em.createNativeQuery("UPDATE sub_task SET result = 'PENDING', reason = ?4, not_before = ?5, lease_owner = NULL,"
                        + " lease_until = NULL WHERE task_id = ?1 AND device_id = ?2 AND lease_owner = ?3 AND result = 'IN_PROGRESS'")
                .setParameter(1, claim.taskId()).setParameter(2, claim.deviceId()).setParameter(3, node).setParameter(4, shorten(reason))
                .setParameter(5, Jpa.utc(notBefore)).executeUpdate());
    }

    private static String shorten(String reason) {
        return reason == null || reason.length() <= 1024 ? reason : reason.substring(0, 1021) + "...";
    }

    @Override
    public List<Long> completeFinished(Instant now) {
        return Jpa.tx(jpa, "task", em -> {
            List<Long> finished = ((List<?>) em.createNativeQuery("SELECT t.id FROM task t WHERE t.state IN ('EXECUTING', 'CANCELLED')"
                    + " AND t.finished_at IS NULL AND NOT EXISTS (SELECT 1 FROM sub_task s WHERE s.task_id = t.id AND s.result IN " + OPEN + ")")
                    .setMaxResults(100).getResultList()).stream().map(JpaTaskRepository::number).toList();
            List<Long> done = new ArrayList<>();
            for (long id : finished) {
                if (em.createNativeQuery("UPDATE task SET state = CASE WHEN state = 'CANCELLED' THEN 'CANCELLED' ELSE 'DONE' END, finished_at = ?2,"
                        + " version = version + 1 WHERE id = ?1 AND finished_at IS NULL").setParameter(1, id).setParameter(2, Jpa.utc(now)).executeUpdate() == 1) {
                    done.add(id);
                }
            }
            return done;
        });
    }
}
