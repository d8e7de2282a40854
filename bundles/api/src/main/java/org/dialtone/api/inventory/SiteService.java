package org.dialtone.api.inventory;

import java.io.InputStream;

/** The guide's Sites page (F-SITE). */
public interface SiteService {
    /** Sites whose name, description or location contains {@code search} (case-insensitive), by name. */
    Page<Site> list(String search, PageRequest page);

    /** Those of {@code within} only, when it is not null (a site-limited caller's sites). */
    Page<Site> list(String search, PageRequest page, java.util.Set<Long> within);

    Site get(long id);

    Site create(SiteInput site, String actor);

    /** Replaces the site; its devices and those of other sites move to the site they now match. */
    Site update(long id, SiteInput site, String actor);

    /** Deletes the site; its devices move to the sites that now match them. */
    void delete(long id, String actor);

    /** Which site a device with these addresses belongs to, and through which subnets. */
    SiteMatch match(String publicIp, String privateIp);

    /**
     * Imports sites from CSV (F-SITE-4): valid rows are applied in one transaction, a site with the same
     * name is overwritten, bad rows are reported by line number.
     *
     * @param separator null to detect it from the header line
     */
    ImportReport importCsv(InputStream csv, ImportSeparator separator, String actor);

    /**
     * Every site but Internet as a site CSV (the guide's columns and subnet JSON) that imports back unchanged; what a
     * CSV cannot carry (download path, site-specific agent) is kept by the import.
     */
    void exportCsv(ImportSeparator separator, java.io.OutputStream out) throws java.io.IOException;
}
