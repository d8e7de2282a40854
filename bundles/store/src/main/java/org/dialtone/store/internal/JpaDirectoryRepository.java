package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.profiles.DirectoryUser;
import org.dialtone.api.profiles.UserGroup;
import org.dialtone.store.DirectoryRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DirectoryRepository.class)
public class JpaDirectoryRepository implements DirectoryRepository {
    private static final int MAX_LISTED = 10_000;
    private final JpaTemplate jpa;

    @Activate
    public JpaDirectoryRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public List<UserGroup> userGroups() {
        return Jpa.tx(jpa, "user group", em -> {
            Map<Long, Long> counts = new HashMap<>();
            em.createQuery("SELECT m.groupId, COUNT(m) FROM UserGroupMemberEntity m GROUP BY m.groupId", Object[].class).getResultList()
                    .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
            return em.createQuery("SELECT g FROM UserGroupEntity g ORDER BY g.nameKey", UserGroupEntity.class).setMaxResults(MAX_LISTED)
                    .getResultList().stream().map(g -> new UserGroup(g.id, g.name, counts.getOrDefault(g.id, 0L))).toList();
        });
    }

    @Override
    public UserGroup addUserGroup(String name) {
        return Jpa.tx(jpa, "user group", em -> {
            if (!em.createQuery("SELECT g.id FROM UserGroupEntity g WHERE g.nameKey = :k", Long.class).setParameter("k", Jpa.key(name)).getResultList().isEmpty()) {
                throw new ConflictException("A user group named " + name + " already exists");
            }
            UserGroupEntity group = new UserGroupEntity();
            group.name = name;
            group.nameKey = Jpa.key(name);
            em.persist(group);
            em.flush();
            return new UserGroup(group.id, group.name, 0);
        });
    }

    @Override
    public void deleteUserGroup(long id) {
        Jpa.tx(jpa, "user group", em -> {
            UserGroupEntity group = em.find(UserGroupEntity.class, id);
            if (group == null) {
                throw new NotFoundException("There is no user group with id " + id);
            }
            em.createQuery("DELETE FROM UserGroupMemberEntity m WHERE m.groupId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.containerType = 'USER_GROUP' AND d.containerKey = :key")
                    .setParameter("key", Long.toString(id)).executeUpdate();
            ConfigChanges.record(em, "USER_GROUP", id);
            em.remove(group);
            return null;
        });
    }

    @Override
    public List<DirectoryUser> users() {
        return Jpa.tx(jpa, "user", em -> toUsers(em, em.createQuery("SELECT u FROM DirectoryUserEntity u ORDER BY u.nameKey", DirectoryUserEntity.class)
                .setMaxResults(MAX_LISTED).getResultList()));
    }

    @Override
    public DirectoryUser user(long id) {
        return Jpa.tx(jpa, "user", em -> toUsers(em, List.of(find(em, id))).get(0));
    }

    @Override
    public DirectoryUser addUser(String name, boolean room) {
        return Jpa.tx(jpa, "user", em -> {
            if (!em.createQuery("SELECT u.id FROM DirectoryUserEntity u WHERE u.nameKey = :k", Long.class).setParameter("k", Jpa.key(name)).getResultList().isEmpty()) {
                throw new ConflictException("A user or room named " + name + " already exists");
            }
            DirectoryUserEntity user = new DirectoryUserEntity();
            user.name = name;
            user.nameKey = Jpa.key(name);
            user.room = room;
            em.persist(user);
            em.flush();
            return new DirectoryUser(user.id, user.name, user.room, List.of(), List.of());
        });
    }

    @Override
    public void deleteUser(long id) {
        Jpa.tx(jpa, "user", em -> {
            DirectoryUserEntity user = find(em, id);
            em.createQuery("DELETE FROM UserGroupMemberEntity m WHERE m.userId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM UserDeviceEntity d WHERE d.userId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.containerType = 'USER' AND d.containerKey = :key")
                    .setParameter("key", Long.toString(id)).executeUpdate();
            ConfigChanges.record(em, "USER", id);
            em.remove(user);
            return null;
        });
    }

    @Override
    public void setUserGroups(long userId, List<Long> groupIds) {
        Jpa.tx(jpa, "user", em -> {
            find(em, userId);
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(groupIds));
            Set<Long> found = new HashSet<>(ids.isEmpty() ? List.of()
                    : em.createQuery("SELECT g.id FROM UserGroupEntity g WHERE g.id IN :ids", Long.class).setParameter("ids", ids).getResultList());
            List<Long> missing = ids.stream().filter(id -> !found.contains(id)).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("groupIds", "no user group has id " + missing);
            }
            em.createQuery("DELETE FROM UserGroupMemberEntity m WHERE m.userId = :id").setParameter("id", userId).executeUpdate();
            for (int i = 0; i < ids.size(); i++) {
                em.persist(new UserGroupMemberEntity(userId, ids.get(i), i + 1));
            }
            ConfigChanges.record(em, "USER", userId);
            return null;
        });
    }

    @Override
    public void setDevices(long userId, List<Long> deviceIds) {
        Jpa.tx(jpa, "user", em -> {
            find(em, userId);
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(deviceIds));
            Set<Long> found = new HashSet<>();
            for (List<Long> chunk : Jpa.chunks(ids)) {
                found.addAll(em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.id IN :ids", Long.class).setParameter("ids", chunk).getResultList());
            }
            List<Long> missing = ids.stream().filter(id -> !found.contains(id)).limit(20).toList();
            if (!missing.isEmpty()) {
                throw new InvalidInputException("deviceIds", "no device has id " + missing);
            }
            List<Long> before = em.createQuery("SELECT d.deviceId FROM UserDeviceEntity d WHERE d.userId = :id", Long.class)
                    .setParameter("id", userId).getResultList();
            em.createQuery("DELETE FROM UserDeviceEntity d WHERE d.userId = :id").setParameter("id", userId).executeUpdate();
            ids.forEach(id -> em.persist(new UserDeviceEntity(userId, id)));
            Set<Long> touched = new HashSet<>(before);
            touched.addAll(ids);
            if (touched.size() > 1000) {
                ConfigChanges.record(em, ConfigChanges.ALL, "");
            } else {
                ConfigChanges.recordAll(em, "DEVICE", touched);
            }
            return null;
        });
    }

    private static DirectoryUserEntity find(EntityManager em, long id) {
        DirectoryUserEntity user = em.find(DirectoryUserEntity.class, id);
        if (user == null) {
            throw new NotFoundException("There is no user or room with id " + id + "; list the users and rooms to find the right one");
        }
        return user;
    }

    private static List<DirectoryUser> toUsers(EntityManager em, List<DirectoryUserEntity> users) {
        if (users.isEmpty()) {
            return List.of();
        }
        List<Long> ids = users.stream().map(u -> u.id).toList();
        Map<Long, List<Long>> groups = new HashMap<>();
        Map<Long, List<Long>> devices = new HashMap<>();
        for (List<Long> chunk : Jpa.chunks(ids)) {
            em.createQuery("SELECT m FROM UserGroupMemberEntity m WHERE m.userId IN :ids ORDER BY m.userId, m.priority", UserGroupMemberEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(m -> groups.computeIfAbsent(m.userId, k -> new ArrayList<>()).add(m.groupId));
            em.createQuery("SELECT d FROM UserDeviceEntity d WHERE d.userId IN :ids ORDER BY d.userId, d.deviceId", UserDeviceEntity.class)
                    .setParameter("ids", chunk).getResultList().forEach(d -> devices.computeIfAbsent(d.userId, k -> new ArrayList<>()).add(d.deviceId));
        }
        return users.stream().map(u -> new DirectoryUser(u.id, u.name, u.room, groups.getOrDefault(u.id, List.of()),
                devices.getOrDefault(u.id, List.of()))).toList();
    }
}
