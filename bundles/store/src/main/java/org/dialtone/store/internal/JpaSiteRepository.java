package org.dialtone.store.internal;

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
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.PublicSubnet;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.Subnet;
import org.dialtone.store.RowResult;
import org.dialtone.store.SchemaReady;
import org.dialtone.store.SiteRepository;
import org.dialtone.store.SiteResolver;
import org.dialtone.store.SiteSubnets;
import org.dialtone.store.SiteWrite;
import org.dialtone.store.StoredSubnet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = SiteRepository.class)
public class JpaSiteRepository implements SiteRepository {
    private final JpaTemplate jpa;

    @Activate
    public JpaSiteRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa,
                             @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Page<Site> list(String search, PageRequest page) {
        return list(search, page, null);
    }

    @Override
    public Page<Site> list(String search, PageRequest page, java.util.Set<Long> within) {
        return Jpa.tx(jpa, "site", em -> {
            List<String> clauses = new java.util.ArrayList<>();
            if (search != null && !search.isBlank()) {
                clauses.add("(LOWER(s.name) LIKE :q ESCAPE '\\' OR LOWER(s.description) LIKE :q ESCAPE '\\' OR LOWER(s.location) LIKE :q ESCAPE '\\')");
            }
            if (within != null) {
                clauses.add(within.isEmpty() ? "1 = 0" : "s.id IN :within");
            }
            String where = clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
            TypedQuery<SiteEntity> q = em.createQuery("SELECT s FROM SiteEntity s" + where + " ORDER BY s.nameKey", SiteEntity.class);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(s) FROM SiteEntity s" + where, Long.class);
            if (search != null && !search.isBlank()) {
                q.setParameter("q", Jpa.contains(search));
                count.setParameter("q", Jpa.contains(search));
            }
            if (within != null && !within.isEmpty()) {
                q.setParameter("within", List.copyOf(within));
                count.setParameter("within", List.copyOf(within));
            }
            List<SiteEntity> sites = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList();
            return new Page<>(toSites(em, sites), count.getSingleResult(), page.offset(), page.limit());
        });
    }

    @Override
    public Site get(long id) {
        return Jpa.tx(jpa, "site", em -> toSites(em, List.of(find(em, id))).get(0));
    }

    @Override
    public List<SiteSubnets> allSubnets() {
        return Jpa.tx(jpa, "site", JpaSiteRepository::allSubnets);
    }

    @Override
    public String fingerprint() {
        return Jpa.tx(jpa, "site", em -> {
            Object[] row = em.createQuery("SELECT COUNT(s), SUM(s.version), MAX(s.modifiedAt), MAX(s.id) FROM SiteEntity s", Object[].class)
                    .getSingleResult();
            return row[0] + "/" + row[1] + "/" + row[2] + "/" + row[3];
        });
    }

    @Override
    public Site create(SiteWrite site, String actor, SiteResolver.Factory resolvers) {
        return Jpa.tx(jpa, "site", em -> {
            requireFreeName(em, site.name(), null);
            SiteEntity entity = new SiteEntity();
            assign(entity, site, actor);
            em.persist(entity);
            em.flush();
            List<DeviceSites.Range> changed = new ArrayList<>();
            writeSubnets(em, entity.id, site.publicSubnets(), changed);
            DeviceSites.reassign(em, Set.of(), changed, resolvers.over(allSubnets(em)));
            return toSites(em, List.of(entity)).get(0);
        });
    }

    @Override
    public Site update(long id, Long expectedVersion, SiteWrite site, String actor, SiteResolver.Factory resolvers) {
        return Jpa.tx(jpa, "site", em -> {
            SiteEntity entity = find(em, id);
            Jpa.expectVersion(entity, entity.version, expectedVersion, "site " + entity.name);
            requireFreeName(em, site.name(), id);
            boolean newInterval = !java.util.Objects.equals(entity.pollIntervalMinutes, site.pollIntervalMinutes());
            assign(entity, site, actor);
            Jpa.lock(em, entity);
            if (newInterval) {
                // The sweep gives them places in the new interval, instead of a whole old interval unpolled.
                em.createNativeQuery("UPDATE device SET next_poll_at = NULL WHERE site_id = ?1").setParameter(1, id).executeUpdate();
            }
            List<DeviceSites.Range> changed = deleteSubnets(em, id);
            writeSubnets(em, id, site.publicSubnets(), changed);
            DeviceSites.reassign(em, Set.of(id), changed, resolvers.over(allSubnets(em)));
            em.flush();
            return toSites(em, List.of(entity)).get(0);
        });
    }

    @Override
    public void delete(long id, SiteResolver.Factory resolvers) {
        Jpa.tx(jpa, "site", em -> {
            SiteEntity entity = find(em, id);
            // Devices leave the site before its row goes: a resolver over the other sites places them.
            List<SiteSubnets> remaining = allSubnets(em).stream().filter(s -> s.siteId() != id).toList();
            DeviceSites.reassign(em, Set.of(id), List.of(), resolvers.over(remaining));
            deleteSubnets(em, id);
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.containerType = 'SITE' AND d.containerKey = :key")
                    .setParameter("key", Long.toString(id)).executeUpdate();
            em.remove(entity);
            em.flush();
            return null;
        });
    }

    @Override
    public <T> T importSites(List<ImportedSite> sites, String actor, SiteResolver.Factory resolvers, java.util.function.Function<List<RowResult>, T> report) {
        return Jpa.tx(jpa, "site", em -> report.apply(importSites(sites, actor, resolvers)));
    }

    @Override
    public List<RowResult> importSites(List<ImportedSite> sites, String actor, SiteResolver.Factory resolvers) {
        return Jpa.tx(jpa, "site", em -> {
            Map<String, SiteEntity> existing = new HashMap<>();
            List<String> keys = sites.stream().map(s -> Jpa.key(s.site().name())).distinct().toList();
            for (List<String> chunk : Jpa.chunks(keys)) {
                em.createQuery("SELECT s FROM SiteEntity s WHERE s.nameKey IN :keys", SiteEntity.class)
                        .setParameter("keys", chunk).getResultList().forEach(s -> existing.put(s.nameKey, s));
            }
            List<RowResult> results = new ArrayList<>();
            Set<Long> touched = new HashSet<>();
            List<DeviceSites.Range> changed = new ArrayList<>();
            for (ImportedSite row : sites) {
                SiteEntity entity = existing.get(Jpa.key(row.site().name()));
                boolean created = entity == null;
                if (created) {
                    entity = new SiteEntity();
                    assign(entity, row.site(), actor);
                    em.persist(entity);
                    em.flush();
                    existing.put(entity.nameKey, entity);
                } else {
                    // A CSV carries neither the download path, the site-specific agent nor the poll interval: an update keeps them.
                    String downloadPath = entity.downloadPath;
                    boolean agentSiteSpecific = entity.agentSiteSpecific;
                    Integer pollInterval = entity.pollIntervalMinutes;
                    assign(entity, row.site(), actor);
                    entity.downloadPath = downloadPath;
                    entity.agentSiteSpecific = agentSiteSpecific;
                    entity.pollIntervalMinutes = pollInterval;
                    Jpa.lock(em, entity);
                    changed.addAll(deleteSubnets(em, entity.id));
                    touched.add(entity.id);
                }
                writeSubnets(em, entity.id, row.site().publicSubnets(), changed);
                results.add(new RowResult(row.line(), created ? RowResult.Outcome.CREATED : RowResult.Outcome.UPDATED,
                        (created ? "created site " : "overwrote site ") + entity.name));
            }
            DeviceSites.reassign(em, touched, changed, resolvers.over(allSubnets(em)));
            return results;
        });
    }

    private static SiteEntity find(EntityManager em, long id) {
        SiteEntity entity = em.find(SiteEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("There is no site with id " + id + "; list the sites to find the right one");
        }
        return entity;
    }

    private static void requireFreeName(EntityManager em, String name, Long self) {
        if (Jpa.nameTaken(em, "SiteEntity", name, self)) {
            throw new ConflictException("A site named " + name + " already exists; choose another name or edit that site");
        }
    }

    private static void assign(SiteEntity entity, SiteWrite site, String actor) {
        entity.name = site.name();
        entity.nameKey = Jpa.key(site.name());
        entity.description = site.description();
        entity.location = site.location();
        entity.downloadPath = site.downloadPath();
        entity.agentSiteSpecific = site.agentSiteSpecific();
        entity.pollIntervalMinutes = site.pollIntervalMinutes();
        entity.modifiedAt = Jpa.now();
        entity.modifiedBy = actor;
    }

    /** Removes the site's subnets and answers the public ranges they covered. */
    private static List<DeviceSites.Range> deleteSubnets(EntityManager em, long siteId) {
        List<DeviceSites.Range> ranges = em.createQuery(
                        "SELECT s.rangeLow, s.rangeHigh FROM SiteSubnetEntity s WHERE s.siteId = :site AND s.parentId IS NULL", Object[].class)
                .setParameter("site", siteId).getResultList().stream()
                .map(r -> new DeviceSites.Range((String) r[0], (String) r[1])).toList();
        em.createQuery("DELETE FROM SiteSubnetEntity s WHERE s.siteId = :site AND s.parentId IS NOT NULL").setParameter("site", siteId).executeUpdate();
        em.createQuery("DELETE FROM SiteSubnetEntity s WHERE s.siteId = :site").setParameter("site", siteId).executeUpdate();
        return new ArrayList<>(ranges);
    }

    private static void writeSubnets(EntityManager em, long siteId, List<StoredSubnet> publicSubnets, List<DeviceSites.Range> changed) {
        List<SiteSubnetEntity> publics = new ArrayList<>();
        for (int i = 0; i < publicSubnets.size(); i++) {
            SiteSubnetEntity entity = subnet(siteId, null, publicSubnets.get(i), i);
            em.persist(entity);
            publics.add(entity);
            changed.add(new DeviceSites.Range(entity.rangeLow, entity.rangeHigh));
        }
        em.flush();
        for (int i = 0; i < publicSubnets.size(); i++) {
            List<StoredSubnet> privates = publicSubnets.get(i).privateSubnets();
            for (int j = 0; j < privates.size(); j++) {
                em.persist(subnet(siteId, publics.get(i).id, privates.get(j), j));
            }
        }
        em.flush();
    }

    private static SiteSubnetEntity subnet(long siteId, Long parentId, StoredSubnet subnet, int position) {
        SiteSubnetEntity entity = new SiteSubnetEntity();
        entity.siteId = siteId;
        entity.parentId = parentId;
        entity.ipAddress = subnet.ipAddress();
        entity.maskLength = subnet.maskLength();
        entity.rangeLow = subnet.rangeLow();
        entity.rangeHigh = subnet.rangeHigh();
        entity.position = position;
        return entity;
    }

    static List<SiteSubnets> allSubnets(EntityManager em) {
        Map<Long, String> names = new LinkedHashMap<>();
        em.createQuery("SELECT s.id, s.name FROM SiteEntity s ORDER BY s.id", Object[].class).getResultList()
                .forEach(r -> names.put(((Number) r[0]).longValue(), (String) r[1]));
        Map<Long, List<StoredSubnet>> bySite = storedSubnets(em.createQuery(
                "SELECT s FROM SiteSubnetEntity s ORDER BY s.siteId, s.parentId, s.position", SiteSubnetEntity.class).getResultList());
        List<SiteSubnets> all = new ArrayList<>();
        names.forEach((id, name) -> all.add(new SiteSubnets(id, name, bySite.getOrDefault(id, List.of()))));
        return all;
    }

    private static Map<Long, List<StoredSubnet>> storedSubnets(List<SiteSubnetEntity> unordered) {
        List<SiteSubnetEntity> rows = new ArrayList<>(unordered);
        rows.sort(java.util.Comparator.comparingInt(r -> r.position));
        Map<Long, List<SiteSubnetEntity>> privatesByParent = new HashMap<>();
        for (SiteSubnetEntity row : rows) {
            if (row.parentId != null) {
                privatesByParent.computeIfAbsent(row.parentId, p -> new ArrayList<>()).add(row);
            }
        }
        Map<Long, List<StoredSubnet>> bySite = new HashMap<>();
        for (SiteSubnetEntity row : rows) {
            if (row.parentId == null) {
                List<StoredSubnet> privates = privatesByParent.getOrDefault(row.id, List.of()).stream()
                        .map(p -> new StoredSubnet(p.ipAddress, p.maskLength, p.rangeLow, p.rangeHigh, List.of())).toList();
                bySite.computeIfAbsent(row.siteId, s -> new ArrayList<>())
                        .add(new StoredSubnet(row.ipAddress, row.maskLength, row.rangeLow, row.rangeHigh, privates));
            }
        }
        return bySite;
    }

    /** Sites with their subnets and device counts: three queries for the whole page. */
    private static List<Site> toSites(EntityManager em, List<SiteEntity> sites) {
        if (sites.isEmpty()) {
            return List.of();
        }
        List<Long> ids = sites.stream().map(s -> s.id).toList();
        Map<Long, List<StoredSubnet>> subnets = storedSubnets(em.createQuery(
                        "SELECT s FROM SiteSubnetEntity s WHERE s.siteId IN :ids ORDER BY s.siteId, s.position", SiteSubnetEntity.class)
                .setParameter("ids", ids).getResultList());
        Map<Long, Long> counts = new HashMap<>();
        em.createQuery("SELECT d.siteId, COUNT(d) FROM DeviceEntity d WHERE d.siteId IN :ids GROUP BY d.siteId", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> counts.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue()));
        List<Site> result = new ArrayList<>();
        for (SiteEntity s : sites) {
            List<PublicSubnet> publics = subnets.getOrDefault(s.id, List.of()).stream()
                    .map(p -> new PublicSubnet(p.ipAddress(), p.maskLength(), p.privateSubnets().stream()
                            .map(q -> new Subnet(q.ipAddress(), q.maskLength())).toList()))
                    .toList();
            result.add(new Site(s.id, s.name, s.description, s.location, s.downloadPath, s.agentSiteSpecific, s.pollIntervalMinutes, s.builtIn,
                    publics, counts.getOrDefault(s.id, 0L), s.version));
        }
        return result;
    }
}
