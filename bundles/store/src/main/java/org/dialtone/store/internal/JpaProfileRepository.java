package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileQuery;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.store.AffectedDevices;
import org.dialtone.store.ProfileRepository;
import org.dialtone.store.ProfileWrite;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = ProfileRepository.class)
public class JpaProfileRepository implements ProfileRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaProfileRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa, @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Page<Profile> list(ProfileQuery query, PageRequest page, java.util.Set<String> presentFamilies) {
        return Jpa.tx(jpa, "profile", em -> {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> parameters = new HashMap<>();
            clauses.add("1 = 1");
            if (presentFamilies != null) {
                if (presentFamilies.isEmpty()) {
                    clauses.add("p.driverFamily IS NULL");
                } else {
                    clauses.add("(p.driverFamily IS NULL OR p.driverFamily IN :present)");
                    parameters.put("present", new ArrayList<>(presentFamilies));
                }
            }
            if (query.type() != null) {
                clauses.add("p.type = :type");
                parameters.put("type", query.type().name());
            }
            if (query.search() != null && !query.search().isBlank()) {
                clauses.add("(p.nameKey LIKE :q ESCAPE '\\' OR LOWER(p.description) LIKE :q ESCAPE '\\')");
                parameters.put("q", Jpa.contains(query.search()));
            }
            String where = " WHERE " + String.join(" AND ", clauses);
            TypedQuery<ProfileEntity> q = em.createQuery("SELECT p FROM ProfileEntity p" + where + " ORDER BY p.nameKey"
                    + (query.descending() ? " DESC" : ""), ProfileEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM ProfileEntity p" + where, Long.class);
            parameters.forEach((k, v) -> {
                q.setParameter(k, v);
                count.setParameter(k, v);
            });
            List<ProfileEntity> profiles = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            return new Page<>(summaries(em, profiles), count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public Profile get(long id) {
        return Jpa.tx(jpa, "profile", em -> withAttributes(em, List.of(find(em, id))).get(id));
    }

    @Override
    public Profile create(ProfileWrite profile, String actor) {
        return Jpa.tx(jpa, "profile", em -> {
            requireFreeName(em, profile.name(), null);
            ProfileEntity entity = new ProfileEntity();
            entity.type = profile.type().name();
            assign(entity, profile, actor);
            em.persist(entity);
            em.flush();
            writeAttributes(em, entity, profile.attributes());
            return withAttributes(em, List.of(entity)).get(entity.id);
        });
    }

    @Override
    public Profile update(long id, Long expectedVersion, ProfileWrite profile, String actor) {
        return Jpa.tx(jpa, "profile", em -> {
            ProfileEntity entity = find(em, id);
            Jpa.expectVersion(entity, entity.version, expectedVersion, "profile " + entity.name);
            requireFreeName(em, profile.name(), id);
            assign(entity, profile, actor);
            Jpa.lock(em, entity);
            deleteAttributes(em, entity);
            writeAttributes(em, entity, profile.attributes());
            ConfigChanges.record(em, ConfigChanges.PROFILE, id);
            return withAttributes(em, List.of(entity)).get(id);
        });
    }

    @Override
    public void delete(long id) {
        Jpa.tx(jpa, "profile", em -> {
            ProfileEntity entity = find(em, id);
            ConfigChanges.record(em, ConfigChanges.PROFILE, id);
            deleteAttributes(em, entity);
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.profileId = :id").setParameter("id", id).executeUpdate();
            em.remove(entity);
            return null;
        });
    }

    @Override
    public List<String> syncStandard(String family, List<ProfileWrite> wanted) {
        return Jpa.tx(jpa, "profile", em -> {
            Map<String, ProfileEntity> current = new HashMap<>();
            em.createQuery("SELECT p FROM ProfileEntity p WHERE p.driverFamily = :family AND p.type IN ('STANDARD', 'TEMPLATE')", ProfileEntity.class)
                    .setParameter("family", family).getResultList().forEach(p -> current.put(p.nameKey, p));
            List<String> skipped = new ArrayList<>();
            java.util.Set<String> kept = new java.util.HashSet<>();
            for (ProfileWrite profile : wanted) {
                String key = Jpa.key(profile.name());
                ProfileEntity entity = current.get(key);
                if (entity == null) {
                    if (!em.createQuery("SELECT p.id FROM ProfileEntity p WHERE p.nameKey = :key", Long.class).setParameter("key", key)
                            .getResultList().isEmpty()) {
                        skipped.add(profile.name());
                        continue;
                    }
                    entity = new ProfileEntity();
                    entity.type = profile.type().name();
                    assign(entity, profile, "driver " + family);
                    em.persist(entity);
                    em.flush();
                    writeAttributes(em, entity, profile.attributes());
                } else if (!sameContent(em, entity, profile)) {
                    entity.type = profile.type().name();
                    assign(entity, profile, "driver " + family);
                    deleteAttributes(em, entity);
                    writeAttributes(em, entity, profile.attributes());
                    ConfigChanges.record(em, ConfigChanges.PROFILE, entity.id);
                }
                kept.add(key);
            }
            for (ProfileEntity stale : current.values()) {
                if (!kept.contains(stale.nameKey)) {
                    ConfigChanges.record(em, ConfigChanges.PROFILE, stale.id);
                    deleteAttributes(em, stale);
                    em.createQuery("DELETE FROM DeploymentEntity d WHERE d.profileId = :id").setParameter("id", stale.id).executeUpdate();
                    em.remove(stale);
                }
            }
            return skipped;
        });
    }

    private static boolean sameContent(EntityManager em, ProfileEntity entity, ProfileWrite profile) {
        if (!java.util.Objects.equals(entity.description, profile.description()) || !entity.type.equals(profile.type().name())) {
            return false;
        }
        List<ProfileAttribute> stored = withAttributes(em, List.of(entity)).get(entity.id).attributes();
        return stored.equals(profile.attributes());
    }

    @Override
    public AffectedDevices reachedBy(long profileId) {
        return Jpa.tx(jpa, "profile", em -> {
            ProfileEntity profile = find(em, profileId);
            if (profile.ownerDeviceId != null) {
                return new AffectedDevices(1, List.of(profile.ownerDeviceId), List.of(org.dialtone.api.tasks.TaskTarget.device(profile.ownerDeviceId)));
            }
            List<Object[]> rows = em.createQuery("SELECT d.containerType, d.containerKey FROM DeploymentEntity d WHERE d.profileId = :id", Object[].class)
                    .setParameter("id", profileId).getResultList();
            return JpaDeploymentRepository.devicesIn(em, rows.stream().map(r -> new String[] {(String) r[0], (String) r[1]}).toList());
        });
    }

    static ProfileEntity find(EntityManager em, long id) {
        ProfileEntity entity = em.find(ProfileEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("There is no profile with id " + id + "; list the profiles to find the right one");
        }
        return entity;
    }

    private static void requireFreeName(EntityManager em, String name, Long self) {
        if (Jpa.nameTaken(em, "ProfileEntity", name, self)) {
            throw new ConflictException("A profile named " + name + " already exists (names are unique across all profile types); choose another name");
        }
    }

    private static void assign(ProfileEntity entity, ProfileWrite profile, String actor) {
        entity.name = profile.name();
        entity.nameKey = Jpa.key(profile.name());
        entity.description = profile.description();
        entity.mode = profile.mode();
        entity.softwareImageId = profile.softwareImageId();
        entity.driverFamily = profile.driverFamily();
        entity.modifiedAt = Jpa.now();
        entity.modifiedBy = actor;
    }

    private static void deleteAttributes(EntityManager em, ProfileEntity entity) {
        if (entity.ownerDeviceId != null) {
            em.createQuery("DELETE FROM DeviceAttributeEntity a WHERE a.deviceId = :id").setParameter("id", entity.ownerDeviceId).executeUpdate();
        } else {
            em.createQuery("DELETE FROM ProfileAttributeEntity a WHERE a.profileId = :id").setParameter("id", entity.id).executeUpdate();
        }
    }

    private static void writeAttributes(EntityManager em, ProfileEntity entity, List<ProfileAttribute> attributes) {
        for (int i = 0; i < attributes.size(); i++) {
            ProfileAttribute a = attributes.get(i);
            em.persist(entity.ownerDeviceId != null
                    ? new DeviceAttributeEntity(entity.ownerDeviceId, a.name(), a.value(), i + 1)
                    : new ProfileAttributeEntity(entity.id, a.name(), a.value(), i + 1, a.resourceFileId()));
        }
        em.flush();
    }

    /** Profiles with attribute counts only: two queries for a page. */
    private static List<Profile> summaries(EntityManager em, List<ProfileEntity> profiles) {
        Map<Long, Integer> counts = new HashMap<>();
        List<Long> ids = profiles.stream().filter(p -> p.ownerDeviceId == null).map(p -> p.id).toList();
        List<Long> owners = profiles.stream().filter(p -> p.ownerDeviceId != null).map(p -> p.ownerDeviceId).toList();
        if (!ids.isEmpty()) {
            em.createQuery("SELECT a.profileId, COUNT(a) FROM ProfileAttributeEntity a WHERE a.profileId IN :ids GROUP BY a.profileId", Object[].class)
                    .setParameter("ids", ids).getResultList().forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        Map<Long, Integer> ownerCounts = new HashMap<>();
        if (!owners.isEmpty()) {
            em.createQuery("SELECT a.deviceId, COUNT(a) FROM DeviceAttributeEntity a WHERE a.deviceId IN :ids GROUP BY a.deviceId", Object[].class)
                    .setParameter("ids", owners).getResultList().forEach(r -> ownerCounts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue()));
        }
        return profiles.stream().map(p -> toProfile(p, p.ownerDeviceId != null ? ownerCounts.getOrDefault(p.ownerDeviceId, 0)
                : counts.getOrDefault(p.id, 0), List.of())).toList();
    }

    /** Profiles with all their attributes, by id: two or three queries for any number of profiles. */
    static Map<Long, Profile> withAttributes(EntityManager em, List<ProfileEntity> profiles) {
        Map<Long, List<ProfileAttribute>> attributes = new HashMap<>();
        List<Long> ids = profiles.stream().filter(p -> p.ownerDeviceId == null).map(p -> p.id).toList();
        for (List<Long> chunk : Jpa.chunks(ids)) {
            em.createQuery("SELECT a FROM ProfileAttributeEntity a WHERE a.profileId IN :ids ORDER BY a.profileId, a.position", ProfileAttributeEntity.class)
                    .setParameter("ids", chunk).getResultList()
                    .forEach(a -> attributes.computeIfAbsent(a.profileId, k -> new ArrayList<>()).add(new ProfileAttribute(a.name, a.value, a.resourceFileId)));
        }
        Map<Long, Long> profileOfOwner = new HashMap<>();
        profiles.stream().filter(p -> p.ownerDeviceId != null).forEach(p -> profileOfOwner.put(p.ownerDeviceId, p.id));
        if (!profileOfOwner.isEmpty()) {
            em.createQuery("SELECT a FROM DeviceAttributeEntity a WHERE a.deviceId IN :ids ORDER BY a.deviceId, a.position", DeviceAttributeEntity.class)
                    .setParameter("ids", new ArrayList<>(profileOfOwner.keySet())).getResultList()
                    .forEach(a -> attributes.computeIfAbsent(profileOfOwner.get(a.deviceId), k -> new ArrayList<>()).add(new ProfileAttribute(a.name, a.value)));
        }
        Map<Long, Profile> result = new java.util.LinkedHashMap<>();
        for (ProfileEntity p : profiles) {
            List<ProfileAttribute> list = attributes.getOrDefault(p.id, List.of());
            result.put(p.id, toProfile(p, list.size(), list));
        }
        return result;
    }

    static Profile toProfile(ProfileEntity p, int attributeCount, List<ProfileAttribute> attributes) {
        return new Profile(p.id, p.name, p.description, ProfileType.valueOf(p.type), p.mode, p.softwareImageId, p.ownerDeviceId,
                attributeCount, attributes, p.modifiedBy, Jpa.instant(p.modifiedAt), p.version, p.driverFamily);
    }
}
