package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.dialtone.store.SiteResolver;

/** Moves devices to the site their addresses now match, after sites changed, in the caller's transaction. */
final class DeviceSites {
    private static final int PAGE = 2000;
    /** Beyond this many changed subnets one scan over all devices is cheaper than a long OR of ranges. */
    private static final int MAX_RANGES = 100;

    private DeviceSites() {
    }

    record Range(String low, String high) {
    }

    /**
     * Re-assigns the devices of {@code siteIds} and those whose public address lies in one of {@code ranges}.
     * Reads them a page at a time (id, addresses, site only) and writes one UPDATE per target site and chunk.
     *
     * @return how many devices moved
     */
    static int reassign(EntityManager em, Collection<Long> siteIds, List<Range> ranges, SiteResolver resolver) {
        em.flush();
        StringBuilder where = new StringBuilder();
        boolean scanAll = ranges.size() > MAX_RANGES;
        if (!scanAll) {
            where.append("(d.siteId IN :sites");
            for (int i = 0; i < ranges.size(); i++) {
                where.append(" OR d.publicIpKey BETWEEN :lo").append(i).append(" AND :hi").append(i);
            }
            where.append(") AND ");
        }
        Map<Long, List<Long>> moves = new HashMap<>();
        java.util.Set<Long> left = new java.util.HashSet<>();
        long after = -1;
        while (true) {
            TypedQuery<Object[]> q = em.createQuery("SELECT d.id, d.publicIp, d.privateIp, d.siteId FROM DeviceEntity d WHERE "
                    + where + "d.id > :after ORDER BY d.id", Object[].class);
            if (!scanAll) {
                q.setParameter("sites", siteIds.isEmpty() ? List.of(-1L) : siteIds);
                for (int i = 0; i < ranges.size(); i++) {
                    q.setParameter("lo" + i, ranges.get(i).low()).setParameter("hi" + i, ranges.get(i).high());
                }
            }
            List<Object[]> rows = q.setParameter("after", after).setMaxResults(PAGE).getResultList();
            for (Object[] row : rows) {
                long target = resolver.siteOf((String) row[1], (String) row[2]);
                if (target != ((Number) row[3]).longValue()) {
                    left.add(((Number) row[3]).longValue());
                    moves.computeIfAbsent(target, t -> new ArrayList<>()).add(((Number) row[0]).longValue());
                }
            }
            if (rows.size() < PAGE) {
                break;
            }
            after = ((Number) rows.get(rows.size() - 1)[0]).longValue();
        }
        // Cached configurations are dropped by site: those of the sites devices left and joined.
        ConfigChanges.recordAll(em, "SITE", left);
        ConfigChanges.recordAll(em, "SITE", moves.keySet());
        int moved = 0;
        for (Map.Entry<Long, List<Long>> move : moves.entrySet()) {
            for (List<Long> chunk : Jpa.chunks(move.getValue())) {
                moved += em.createQuery("UPDATE DeviceEntity d SET d.siteId = :site WHERE d.id IN :ids")
                        .setParameter("site", move.getKey()).setParameter("ids", chunk).executeUpdate();
            }
        }
        return moved;
    }
}
