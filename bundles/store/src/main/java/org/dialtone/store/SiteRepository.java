package org.dialtone.store;

import java.util.List;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.Site;

/**
 * Sites and their subnets. Every write re-assigns, in the same transaction, the devices whose site may have
 * changed: those of the sites written and those whose public address lies in a subnet that was added or removed.
 */
public interface SiteRepository {
    Page<Site> list(String search, PageRequest page);

    /** Those of {@code within} only, when it is not null. */
    Page<Site> list(String search, PageRequest page, java.util.Set<Long> within);

    /** @throws org.dialtone.api.NotFoundException when there is no such site */
    Site get(long id);

    List<SiteSubnets> allSubnets();

    /** A cheap fingerprint of all sites that changes whenever any site does, on any node. */
    String fingerprint();

    Site create(SiteWrite site, String actor, SiteResolver.Factory resolvers);

    Site update(long id, Long expectedVersion, SiteWrite site, String actor, SiteResolver.Factory resolvers);

    void delete(long id, SiteResolver.Factory resolvers);

    /** Creates the sites, or overwrites the one with the same name, all in one transaction. */
    List<RowResult> importSites(List<ImportedSite> sites, String actor, SiteResolver.Factory resolvers);

    /** As {@link #importSites(List, String, SiteResolver.Factory)}, then {@code report} in the same transaction. */
    <T> T importSites(List<ImportedSite> sites, String actor, SiteResolver.Factory resolvers, java.util.function.Function<List<RowResult>, T> report);

    record ImportedSite(int line, SiteWrite site) {
    }
}
