package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.store.DeviceGroupRepository;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeviceGroupRepository.class)
public class JpaDeviceGroupRepository implements DeviceGroupRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaDeviceGroupRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa,
                                    @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Page<DeviceGroup> list(String search, PageRequest page) {
        return Jpa.tx(jpa, "device group", em -> {
            String where = search == null || search.isBlank() ? ""
                    : " WHERE LOWER(g.name) LIKE :q ESCAPE '\\' OR LOWER(g.description) LIKE :q ESCAPE '\\'";
            TypedQuery<DeviceGroupEntity> q = em.createQuery("SELECT g FROM DeviceGroupEntity g" + where + " ORDER BY g.nameKey", DeviceGroupEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(g) FROM DeviceGroupEntity g" + where, Long.class);
            if (!where.isEmpty()) {
                q.setParameter("q", Jpa.contains(search));
                count.setParameter("q", Jpa.contains(search));
            }
            List<DeviceGroupEntity> groups = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            return new Page<>(toGroups(em, groups), count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public DeviceGroup get(long id) {
        return Jpa.tx(jpa, "device group", em -> toGroups(em, List.of(find(em, id))).get(0));
    }

    @Override
    public Map<String, Long> idsByName(List<String> names) {
        return Jpa.tx(jpa, "device group", em -> {
            Map<String, Long> ids = new HashMap<>();
            List<String> keys = names.stream().map(Jpa::key).distinct().toList();
            for (List<String> chunk : Jpa.chunks(keys)) {
                em.createQuery("SELECT g.nameKey, g.id FROM DeviceGroupEntity g WHERE g.nameKey IN :keys", Object[].class)
                        .setParameter("keys", chunk).getResultList()
                        .forEach(r -> ids.put((String) r[0], ((Number) r[1]).longValue()));
            }
            return ids;
        });
    }

    @Override
    public DeviceGroup create(String name, String description, String actor) {
        return Jpa.tx(jpa, "device group", em -> {
            requireFreeName(em, name, null);
            DeviceGroupEntity entity = new DeviceGroupEntity();
            assign(entity, name, description, actor);
            em.persist(entity);
            em.flush();
            return toGroups(em, List.of(entity)).get(0);
        });
    }

    @Override
    public DeviceGroup update(long id, Long expectedVersion, String name, String description, String actor) {
        return Jpa.tx(jpa, "device group", em -> {
            DeviceGroupEntity entity = find(em, id);
            Jpa.expectVersion(entity, entity.version, expectedVersion, "device group " + entity.name);
            requireFreeName(em, name, id);
            assign(entity, name, description, actor);
            Jpa.lock(em, entity);
            em.flush();
            return toGroups(em, List.of(entity)).get(0);
        });
    }

    @Override
    public void delete(long id) {
        Jpa.tx(jpa, "device group", em -> {
            DeviceGroupEntity entity = find(em, id);
            em.createQuery("DELETE FROM GroupMemberEntity m WHERE m.groupId = :id").setParameter("id", id).executeUpdate();
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.containerType = 'GROUP' AND d.containerKey = :key")
                    .setParameter("key", Long.toString(id)).executeUpdate();
            ConfigChanges.record(em, "GROUP", id);
            em.remove(entity);
            em.flush();
            renumberDefaults(em);
            return null;
        });
    }

    @Override
    public Page<Device> members(long id, PageRequest page) {
        return Jpa.tx(jpa, "device group", em -> {
            find(em, id);
            long total = em.createQuery("SELECT COUNT(m) FROM GroupMemberEntity m WHERE m.groupId = :id", Long.class)
                    .setParameter("id", id).getSingleResult();
            List<Device> items = em.createQuery("SELECT d, s.name FROM GroupMemberEntity m, DeviceEntity d, SiteEntity s "
                            + "WHERE m.groupId = :id AND m.deviceId = d.id AND d.siteId = s.id ORDER BY d.name, d.id", Object[].class)
                    .setParameter("id", id).setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(r -> JpaDeviceRepository.toDevice((DeviceEntity) r[0], (String) r[1])).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public void changeMembers(long id, List<Long> add, List<Long> remove) {
        Jpa.tx(jpa, "device group", em -> {
            Jpa.lock(em, find(em, id));
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(add));
            requireDevices(em, ids);
            for (List<Long> chunk : Jpa.chunks(ids)) {
                Set<Long> already = new HashSet<>(em.createQuery("SELECT m.deviceId FROM GroupMemberEntity m WHERE m.groupId = :id AND m.deviceId IN :ids", Long.class)
                        .setParameter("id", id).setParameter("ids", chunk).getResultList());
                Map<Long, Integer> lowest = new HashMap<>();
                em.createQuery("SELECT m.deviceId, MAX(m.priority) FROM GroupMemberEntity m WHERE m.deviceId IN :ids GROUP BY m.deviceId", Object[].class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(r -> lowest.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
                for (Long deviceId : chunk) {
                    if (!already.contains(deviceId)) {
                        em.persist(new GroupMemberEntity(deviceId, id, lowest.getOrDefault(deviceId, 0) + 1));
                    }
                }
            }
            em.flush();
            for (List<Long> chunk : Jpa.chunks(new ArrayList<>(new LinkedHashSet<>(remove)))) {
                em.createQuery("DELETE FROM GroupMemberEntity m WHERE m.groupId = :id AND m.deviceId IN :ids")
                        .setParameter("id", id).setParameter("ids", chunk).executeUpdate();
            }
            // Cached configurations know the groups a device was in, not the ones it joins: name each device.
            if (add.size() + remove.size() > 1000) {
                ConfigChanges.record(em, ConfigChanges.ALL, "");
            } else {
                ConfigChanges.recordAll(em, "DEVICE", add);
                ConfigChanges.recordAll(em, "DEVICE", remove);
            }
            return null;
        });
    }

    @Override
    public void setTopPriority(long id) {
        Jpa.tx(jpa, "device group", em -> {
            Jpa.lock(em, find(em, id));
            // One statement for all member devices: the group goes just above each device's current first group.
            em.createNativeQuery("UPDATE device_group_member SET priority = (SELECT MIN(x.priority) - 1 FROM device_group_member x "
                    + "WHERE x.device_id = device_group_member.device_id) WHERE group_id = ?1").setParameter(1, id).executeUpdate();
            ConfigChanges.record(em, "GROUP", id);
            return null;
        });
    }

    @Override
    public List<DeviceGroup> defaultGroups() {
        return Jpa.tx(jpa, "device group", em -> toGroups(em, em.createQuery(
                "SELECT g FROM DeviceGroupEntity g WHERE g.defaultRank IS NOT NULL ORDER BY g.defaultRank", DeviceGroupEntity.class).getResultList()));
    }

    @Override
    public List<Long> defaultGroupIds() {
        return Jpa.tx(jpa, "device group", em -> em.createQuery(
                "SELECT g.id FROM DeviceGroupEntity g WHERE g.defaultRank IS NOT NULL ORDER BY g.defaultRank", Long.class).getResultList());
    }

    @Override
    public void setDefaultGroups(List<Long> groupIds, String actor) {
        Jpa.tx(jpa, "device group", em -> {
            List<Long> ids = new ArrayList<>(new LinkedHashSet<>(groupIds));
            requireGroups(em, ids);
            em.createQuery("UPDATE DeviceGroupEntity g SET g.defaultRank = NULL WHERE g.defaultRank IS NOT NULL").executeUpdate();
            for (int i = 0; i < ids.size(); i++) {
                em.createQuery("UPDATE DeviceGroupEntity g SET g.defaultRank = :rank, g.modifiedBy = :actor WHERE g.id = :id")
                        .setParameter("rank", i + 1).setParameter("actor", actor).setParameter("id", ids.get(i)).executeUpdate();
            }
            return null;
        });
    }

    private static void renumberDefaults(EntityManager em) {
        List<DeviceGroupEntity> defaults = em.createQuery("SELECT g FROM DeviceGroupEntity g WHERE g.defaultRank IS NOT NULL ORDER BY g.defaultRank",
                DeviceGroupEntity.class).getResultList();
        for (int i = 0; i < defaults.size(); i++) {
            defaults.get(i).defaultRank = i + 1;
        }
    }

    private static DeviceGroupEntity find(EntityManager em, long id) {
        DeviceGroupEntity entity = em.find(DeviceGroupEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("There is no device group with id " + id + "; list the device groups to find the right one");
        }
        return entity;
    }

    private static void requireFreeName(EntityManager em, String name, Long self) {
        if (Jpa.nameTaken(em, "DeviceGroupEntity", name, self)) {
            throw new ConflictException("A device group named " + name + " already exists; group names are unique, choose another");
        }
    }

    private static void assign(DeviceGroupEntity entity, String name, String description, String actor) {
        entity.name = name;
        entity.nameKey = Jpa.key(name);
        entity.description = description;
        entity.modifiedAt = Jpa.now();
        entity.modifiedBy = actor;
    }

    static void requireGroups(EntityManager em, List<Long> ids) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : Jpa.chunks(ids)) {
            found.addAll(em.createQuery("SELECT g.id FROM DeviceGroupEntity g WHERE g.id IN :ids", Long.class).setParameter("ids", chunk).getResultList());
        }
        List<Long> missing = ids.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("groupIds", "no device group has id " + missing + "; list the device groups to find the right one");
        }
    }

    private static void requireDevices(EntityManager em, List<Long> ids) {
        Set<Long> found = new HashSet<>();
        for (List<Long> chunk : Jpa.chunks(ids)) {
            found.addAll(em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.id IN :ids", Long.class).setParameter("ids", chunk).getResultList());
        }
        List<Long> missing = ids.stream().filter(id -> !found.contains(id)).limit(20).toList();
        if (!missing.isEmpty()) {
            throw new InvalidInputException("deviceIds", "no device has id " + missing + "; list the devices to find the right one");
        }
    }

    /** Groups with their device counts: two queries for any number of groups. */
    static List<DeviceGroup> toGroups(EntityManager em, List<DeviceGroupEntity> groups) {
        if (groups.isEmpty()) {
            return List.of();
        }
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT m.groupId, COUNT(m) FROM GroupMemberEntity m WHERE m.groupId IN :ids GROUP BY m.groupId", Object[].class)
                .setParameter("ids", groups.stream().map(g -> g.id).toList()).getResultList()
                .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        return groups.stream().map(g -> new DeviceGroup(g.id, g.name, g.description, counts.getOrDefault(g.id, 0L), g.defaultRank, g.version)).toList();
    }
}
