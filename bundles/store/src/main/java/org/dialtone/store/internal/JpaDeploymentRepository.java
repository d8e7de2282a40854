package org.dialtone.store.internal;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.DeviceIdentity;
import org.dialtone.api.profiles.Container;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.tasks.TaskTarget;
import org.dialtone.store.AffectedDevices;
import org.dialtone.store.ConfigChange;
import org.dialtone.store.DeploymentRepository;
import org.dialtone.store.ResolutionData;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeploymentRepository.class)
public class JpaDeploymentRepository implements DeploymentRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaDeploymentRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public List<Profile> profilesOf(Container container) {
        return Jpa.tx(jpa, "deployment", em -> {
            requireContainer(em, container);
            List<ProfileEntity> profiles = em.createQuery("SELECT p FROM DeploymentEntity d, ProfileEntity p WHERE d.profileId = p.id "
                            + "AND d.containerType = :type AND d.containerKey = :key ORDER BY d.rank", ProfileEntity.class)
                    .setParameter("type", container.type().name()).setParameter("key", container.key()).getResultList();
            return profiles.stream().map(p -> JpaProfileRepository.toProfile(p, 0, List.of())).toList();
        });
    }

    @Override
    public void setProfiles(Container container, List<Long> profileIds, Consumer<List<Profile>> check) {
        Jpa.tx(jpa, "deployment", em -> {
            requireContainer(em, container);
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(profileIds));
            Map<Long, ProfileEntity> found = new HashMap<>();
            for (List<Long> chunk : Jpa.chunks(ids)) {
                em.createQuery("SELECT p FROM ProfileEntity p WHERE p.id IN :ids", ProfileEntity.class).setParameter("ids", chunk)
                        .getResultList().forEach(p -> found.put(p.id, p));
            }
            List<Profile> profiles = new ArrayList<>(ids.size());
            for (int i = 0; i < ids.size(); i++) {
                ProfileEntity profile = found.get(ids.get(i));
                if (profile == null) {
                    throw new InvalidInputException("profileIds[" + i + "]", "no profile has id " + ids.get(i) + "; list the profiles to find the right one");
                }
                profiles.add(JpaProfileRepository.toProfile(profile, 0, List.of()));
            }
            check.accept(profiles);
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.containerType = :type AND d.containerKey = :key")
                    .setParameter("type", container.type().name()).setParameter("key", container.key()).executeUpdate();
            for (int i = 0; i < ids.size(); i++) {
                em.persist(new DeploymentEntity(container.type().name(), container.key(), ids.get(i), i + 1));
            }
            ConfigChanges.record(em, container.type().name(), container.key());
            return null;
        });
    }

    @Override
    public AffectedDevices affected(Container container) {
        return Jpa.tx(jpa, "deployment", em -> {
            requireContainer(em, container);
            return devicesIn(em, List.<String[]>of(new String[] {container.type().name(), container.key()}));
        });
    }

    /** The devices any of these containers reaches: one count and one id query. */
    static AffectedDevices devicesIn(EntityManager em, List<String[]> containers) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        Set<Long> devices = new HashSet<>();
        Set<Long> sites = new HashSet<>();
        Set<Long> groups = new HashSet<>();
        Set<String> models = new HashSet<>();
        Set<Long> users = new HashSet<>();
        Set<Long> userGroups = new HashSet<>();
        List<TaskTarget> reach = new ArrayList<>();
        for (String[] c : containers) {
            reach.add(target(ContainerType.valueOf(c[0]), c[1]));
            switch (ContainerType.valueOf(c[0])) {
                case GLOBAL -> clauses.add("1 = 1");
                case DEVICE -> devices.add(Long.parseLong(c[1]));
                case SITE -> sites.add(Long.parseLong(c[1]));
                case GROUP -> groups.add(Long.parseLong(c[1]));
                case MODEL -> models.add(c[1]);
                case USER -> users.add(Long.parseLong(c[1]));
                case USER_GROUP -> userGroups.add(Long.parseLong(c[1]));
            }
        }
        if (!devices.isEmpty()) {
            clauses.add("d.id IN :devices");
            parameters.put("devices", new ArrayList<>(devices));
        }
        if (!sites.isEmpty()) {
            clauses.add("d.siteId IN :sites");
            parameters.put("sites", new ArrayList<>(sites));
        }
        if (!models.isEmpty()) {
            clauses.add("LOWER(d.model) IN :models");
            parameters.put("models", new ArrayList<>(models));
        }
        if (!groups.isEmpty()) {
            clauses.add("EXISTS (SELECT m.deviceId FROM GroupMemberEntity m WHERE m.deviceId = d.id AND m.groupId IN :groups)");
            parameters.put("groups", new ArrayList<>(groups));
        }
        if (!users.isEmpty()) {
            clauses.add("d.id IN (SELECT ud.deviceId FROM UserDeviceEntity ud WHERE ud.userId IN :users)");
            parameters.put("users", new ArrayList<>(users));
        }
        if (!userGroups.isEmpty()) {
            clauses.add("d.id IN (SELECT ud.deviceId FROM UserDeviceEntity ud, UserGroupMemberEntity um WHERE ud.userId = um.userId AND um.groupId IN :userGroups)");
            parameters.put("userGroups", new ArrayList<>(userGroups));
        }
        if (clauses.isEmpty()) {
            return new AffectedDevices(0, List.of(), List.of());
        }
        String where = " WHERE " + String.join(" OR ", clauses);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM DeviceEntity d" + where, Long.class);
        TypedQuery<Long> ids = em.createQuery("SELECT d.id FROM DeviceEntity d" + where + " ORDER BY d.id", Long.class);
        parameters.forEach((k, v) -> {
            count.setParameter(k, v);
            ids.setParameter(k, v);
        });
        return new AffectedDevices(count.getSingleResult(), ids.setMaxResults(AffectedDevices.LISTED).getResultList(), reach.stream().distinct().toList());
    }

    /** A container as the target of a task that applies its change: Global and a model as Device Monitor filters. */
    static TaskTarget target(ContainerType type, String key) {
        return switch (type) {
            case GLOBAL -> new TaskTarget(TaskTarget.Kind.FILTER, null, "");
            case MODEL -> new TaskTarget(TaskTarget.Kind.FILTER, null, "model=" + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8));
            case DEVICE -> new TaskTarget(TaskTarget.Kind.DEVICE, Long.parseLong(key), null);
            case SITE -> new TaskTarget(TaskTarget.Kind.SITE, Long.parseLong(key), null);
            case GROUP -> new TaskTarget(TaskTarget.Kind.GROUP, Long.parseLong(key), null);
            case USER -> new TaskTarget(TaskTarget.Kind.USER, Long.parseLong(key), null);
            case USER_GROUP -> new TaskTarget(TaskTarget.Kind.USER_GROUP, Long.parseLong(key), null);
        };
    }

    private static final int SHARED_PROFILES_MAX = 5_000;
    private final java.util.concurrent.ConcurrentHashMap<Long, Profile> sharedProfiles = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public ResolutionData load(long deviceId) {
        return Jpa.tx(jpa, "deployment", em -> {
            DeviceEntity device = JpaDeviceRepository.find(em, deviceId);
            SiteEntity site = em.find(SiteEntity.class, device.siteId);
            List<Object[]> groups = em.createQuery("SELECT g.id, g.name FROM GroupMemberEntity m, DeviceGroupEntity g "
                    + "WHERE m.groupId = g.id AND m.deviceId = :id ORDER BY m.priority, g.nameKey", Object[].class).setParameter("id", deviceId).getResultList();
            String model = device.model == null ? null : device.model.toLowerCase(Locale.ROOT);

            List<ResolutionData.Member> members = new ArrayList<>();
            members.add(new ResolutionData.Member(ContainerType.DEVICE, Long.toString(deviceId),
                    device.name != null ? device.name : DeviceIdentity.of(device.mac, device.serialNumber, device.serialIdentified).value(), List.of()));
            List<Object[]> users = em.createQuery("SELECT u.id, u.name FROM UserDeviceEntity ud, DirectoryUserEntity u "
                    + "WHERE ud.userId = u.id AND ud.deviceId = :id ORDER BY u.id", Object[].class).setParameter("id", deviceId).getResultList();
            for (Object[] u : users) {
                members.add(new ResolutionData.Member(ContainerType.USER, u[0].toString(), (String) u[1], List.of()));
            }
            if (!users.isEmpty()) {
                Set<String> added = new HashSet<>();
                em.createQuery("SELECT g.id, g.name FROM UserGroupMemberEntity m, UserGroupEntity g WHERE m.groupId = g.id AND m.userId IN :users "
                                + "ORDER BY m.userId, m.priority", Object[].class)
                        .setParameter("users", users.stream().map(u -> ((Number) u[0]).longValue()).toList()).getResultList().stream()
                        .filter(g -> added.add(g[0].toString()))
                        .forEach(g -> members.add(new ResolutionData.Member(ContainerType.USER_GROUP, g[0].toString(), (String) g[1], List.of())));
            }
            members.add(new ResolutionData.Member(ContainerType.SITE, Long.toString(device.siteId), site == null ? null : site.name, List.of()));
            if (model != null) {
                members.add(new ResolutionData.Member(ContainerType.MODEL, model, device.model, List.of()));
            }
            for (Object[] g : groups) {
                members.add(new ResolutionData.Member(ContainerType.GROUP, g[0].toString(), (String) g[1], List.of()));
            }
            members.add(new ResolutionData.Member(ContainerType.GLOBAL, "", "Global", List.of()));

            StringBuilder where = new StringBuilder("d.containerType = 'GLOBAL'");
            Map<String, Object> parameters = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                ResolutionData.Member m = members.get(i);
                if (m.type() != ContainerType.GLOBAL) {
                    where.append(" OR (d.containerType = :t").append(i).append(" AND d.containerKey = :k").append(i).append(')');
                    parameters.put("t" + i, m.type().name());
                    parameters.put("k" + i, m.key());
                }
            }
            TypedQuery<DeploymentEntity> q = em.createQuery("SELECT d FROM DeploymentEntity d WHERE " + where + " ORDER BY d.rank", DeploymentEntity.class);
            parameters.forEach(q::setParameter);
            Map<String, List<Long>> byContainer = new HashMap<>();
            Set<Long> profileIds = new LinkedHashSet<>();
            for (DeploymentEntity d : q.getResultList()) {
                byContainer.computeIfAbsent(d.containerType + "/" + d.containerKey, k -> new ArrayList<>()).add(d.profileId);
                profileIds.add(d.profileId);
            }
            List<ResolutionData.Member> withProfiles = members.stream()
                    .map(m -> new ResolutionData.Member(m.type(), m.key(), m.name(), byContainer.getOrDefault(m.type() + "/" + m.key(), List.of())))
                    .toList();

            List<ProfileEntity> entities = new ArrayList<>();
            for (List<Long> chunk : Jpa.chunks(new ArrayList<>(profileIds))) {
                entities.addAll(em.createQuery("SELECT p FROM ProfileEntity p WHERE p.id IN :ids", ProfileEntity.class).setParameter("ids", chunk).getResultList());
            }
            List<ProfileEntity> csv = em.createQuery("SELECT p FROM ProfileEntity p WHERE p.ownerDeviceId = :id", ProfileEntity.class)
                    .setParameter("id", deviceId).getResultList();
            // Profiles shared by many devices (Global, site, model, group) are read once per version, not once per device.
            Map<Long, Profile> profiles = new java.util.LinkedHashMap<>();
            List<ProfileEntity> toRead = new ArrayList<>(csv);
            for (ProfileEntity entity : entities) {
                Profile known = sharedProfiles.get(entity.id);
                if (known != null && known.version() == entity.version) {
                    profiles.put(entity.id, known);
                } else {
                    toRead.add(entity);
                }
            }
            Map<Long, Profile> read = JpaProfileRepository.withAttributes(em, toRead);
            read.values().stream().filter(p -> p.ownerDeviceId() == null).forEach(p -> {
                if (sharedProfiles.size() >= SHARED_PROFILES_MAX) {
                    sharedProfiles.clear();
                }
                sharedProfiles.put(p.id(), p);
            });
            profiles.putAll(read);
            Profile csvProfile = csv.isEmpty() ? null : profiles.get(csv.get(0).id);
            Map<Long, Profile> assigned = new HashMap<>(profiles);
            if (csvProfile != null) {
                assigned.remove(csvProfile.id());
            }
            return new ResolutionData(deviceId, device.mac, device.serialNumber, device.model, withProfiles, assigned, csvProfile);
        });
    }

    @Override
    public List<ConfigChange> changesSince(long afterId) {
        return Jpa.tx(jpa, "configuration change", em -> em.createQuery("SELECT c FROM ConfigChangeEntity c WHERE c.id > :after ORDER BY c.id", ConfigChangeEntity.class)
                    .setParameter("after", afterId).setMaxResults(10_000).getResultList().stream()
                    .map(c -> new ConfigChange(c.id, c.containerType, c.containerKey)).toList());
    }

    @Override
    public void pruneChanges() {
        Jpa.tx(jpa, "configuration change", em -> {
            LocalDateTime dayAgo = Jpa.now().minusDays(1);
            return em.createQuery("DELETE FROM ConfigChangeEntity c WHERE c.changedAt < :before").setParameter("before", dayAgo).executeUpdate();
        });
    }

    @Override
    public long lastChangeId() {
        return Jpa.tx(jpa, "configuration change", em -> {
            Long max = em.createQuery("SELECT MAX(c.id) FROM ConfigChangeEntity c", Long.class).getSingleResult();
            return max == null ? 0L : max;
        });
    }

    private static void requireContainer(EntityManager em, Container container) {
        boolean exists = switch (container.type()) {
            case GLOBAL, MODEL -> true;
            case SITE -> em.find(SiteEntity.class, container.id()) != null;
            case GROUP -> em.find(DeviceGroupEntity.class, container.id()) != null;
            case DEVICE -> em.find(DeviceEntity.class, container.id()) != null;
            case USER -> em.find(DirectoryUserEntity.class, container.id()) != null;
            case USER_GROUP -> em.find(UserGroupEntity.class, container.id()) != null;
        };
        if (!exists) {
            throw new NotFoundException("There is no " + container.type().name().toLowerCase(Locale.ROOT) + " with id " + container.key());
        }
    }
}
