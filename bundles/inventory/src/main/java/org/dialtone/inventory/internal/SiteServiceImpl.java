package org.dialtone.inventory.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteInput;
import org.dialtone.api.inventory.SiteMatch;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.store.ImportReportRepository;
import org.dialtone.store.RowResult;
import org.dialtone.store.SiteRepository;
import org.dialtone.store.SiteResolver;
import org.dialtone.store.SiteSubnets;
import org.dialtone.store.StoredSubnet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sites, and the site of a device. The matcher over all sites' subnets is built once and reused; it is
 * rebuilt after a change here and, for changes made on another node, when the sites' fingerprint moved
 * (checked at most every {@link #RECHECK_MILLIS}).
 */
@Component(service = {SiteService.class, SiteLocator.class})
public class SiteServiceImpl implements SiteService, SiteLocator {
    static final long INTERNET_ID = 1;
    static final long INTRANET_ID = 2;
    private static final long RECHECK_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(SiteServiceImpl.class);

    private final SiteRepository sites;
    private final ImportReportRepository reports;
    private volatile Snapshot snapshot;

    private record Snapshot(String fingerprint, SiteMatcher matcher, Map<Long, String> names, long checkedAt) {
    }

    @Activate
    public SiteServiceImpl(@Reference SiteRepository sites, @Reference ImportReportRepository reports) {
        this.sites = sites;
        this.reports = reports;
    }

    @Override
    public Page<Site> list(String search, PageRequest page) {
        return sites.list(search, page);
    }

    @Override
    public Page<Site> list(String search, PageRequest page, java.util.Set<Long> within) {
        return sites.list(search, page, within);
    }

    @Override
    public Site get(long id) {
        return sites.get(id);
    }

    @Override
    public Site create(SiteInput site, String actor) {
        try {
            return sites.create(SiteRules.validate(site), actor, SiteServiceImpl::resolver);
        } finally {
            snapshot = null;
        }
    }

    @Override
    public Site update(long id, SiteInput site, String actor) {
        try {
            SiteRules.requireNotInternet(sites.get(id), "edited");
            return sites.update(id, site.expectedVersion(), SiteRules.validate(site), actor, SiteServiceImpl::resolver);
        } finally {
            snapshot = null;
        }
    }

    @Override
    public void delete(long id, String actor) {
        try {
            SiteRules.requireNotInternet(sites.get(id), "deleted");
            sites.delete(id, SiteServiceImpl::resolver);
            LOG.info("Site {} deleted by {}", id, actor);
        } finally {
            snapshot = null;
        }
    }

    @Override
    public SiteMatch match(String publicIp, String privateIp) {
        byte[] publicAddress = address("public", publicIp);
        byte[] privateAddress = privateIp == null || privateIp.isBlank() ? null : address("private", privateIp);
        Snapshot current = current();
        Optional<SiteMatcher.Match> match = current.matcher().match(publicAddress, privateAddress);
        if (match.isEmpty()) {
            return new SiteMatch(INTERNET_ID, current.names().get(INTERNET_ID), null, null,
                    "no site's public subnet takes " + publicIp.strip() + (privateAddress == null ? "" : " with private address " + privateIp.strip())
                            + ", so the device belongs to the Internet site");
        }
        SiteMatcher.Match m = match.get();
        String privateSubnet = m.privateSubnet() == null ? null : m.privateSubnet().toString();
        String reason = "longest public subnet match " + m.publicSubnet()
                + (privateSubnet != null ? ", then longest private subnet match " + privateSubnet
                : ", in a site that sets no private subnet for it");
        return new SiteMatch(m.siteId(), current.names().get(m.siteId()), m.publicSubnet().toString(), privateSubnet, reason);
    }

    @Override
    public long siteOf(String publicIp, String privateIp) {
        return resolve(current().matcher(), publicIp, privateIp);
    }

    @Override
    public ImportReport importCsv(InputStream csv, ImportSeparator separator, String actor) {
        SiteCsv.Parsed parsed = SiteCsv.parse(CsvText.read(csv, separator));
        List<RowResult> results = new ArrayList<>(parsed.failures());
        String internet = sites.get(INTERNET_ID).name();
        List<SiteRepository.ImportedSite> rows = new ArrayList<>();
        for (SiteRepository.ImportedSite row : parsed.sites()) {
            SiteRules.internetRow(row, internet).ifPresentOrElse(results::add, () -> rows.add(row));
        }
        ImportReport report;
        try {
            report = sites.importSites(rows, actor, SiteServiceImpl::resolver, applied -> {
                results.addAll(applied);
                results.sort(java.util.Comparator.comparingInt(RowResult::line));
                return reports.save("sites", parsed.separator(), parsed.rows(), results, actor);
            });
        } finally {
            snapshot = null;
        }
        LOG.info("Site import {} by {}: {} created, {} updated, {} failed", report.id(), actor, report.created(), report.updated(), report.failed());
        return report;
    }

    @Override
    public void exportCsv(ImportSeparator separator, java.io.OutputStream out) throws java.io.IOException {
        try (SiteCsv.Writer writer = new SiteCsv.Writer(out, separator == null ? ',' : separator.character())) {
            Page<Site> page;
            int offset = 0;
            do {
                page = sites.list(null, new PageRequest(offset, PageRequest.MAX_LIMIT));
                for (Site site : page.items()) {
                    if (!Site.INTERNET.equals(site.builtIn())) {
                        writer.write(site);
                    }
                }
                offset += page.items().size();
            } while (!page.items().isEmpty() && offset < page.total());
        }
    }

    private Snapshot current() {
        Snapshot s = snapshot;
        long now = System.currentTimeMillis();
        if (s != null && now - s.checkedAt() < RECHECK_MILLIS) {
            return s;
        }
        String fingerprint = sites.fingerprint();
        if (s != null && s.fingerprint().equals(fingerprint)) {
            s = new Snapshot(fingerprint, s.matcher(), s.names(), now);
        } else {
            List<SiteSubnets> all = sites.allSubnets();
            Map<Long, String> names = new HashMap<>();
            all.forEach(site -> names.put(site.siteId(), site.name()));
            s = new Snapshot(fingerprint, matcher(all), names, now);
        }
        snapshot = s;
        return s;
    }

    static SiteResolver resolver(List<SiteSubnets> all) {
        SiteMatcher matcher = matcher(all);
        return (publicIp, privateIp) -> resolve(matcher, publicIp, privateIp);
    }

    private static long resolve(SiteMatcher matcher, String publicIp, String privateIp) {
        if (publicIp == null || publicIp.isBlank()) {
            return INTERNET_ID;
        }
        try {
            return matcher.match(publicIp, privateIp).map(SiteMatcher.Match::siteId).orElse(INTERNET_ID);
        } catch (IllegalArgumentException e) {
            return INTERNET_ID;
        }
    }

    static SiteMatcher matcher(List<SiteSubnets> all) {
        List<SiteMatcher.SiteSubnets> sites = new ArrayList<>();
        for (SiteSubnets site : all) {
            List<SiteMatcher.PublicSubnet> publics = new ArrayList<>();
            for (StoredSubnet pub : site.publicSubnets()) {
                publics.add(new SiteMatcher.PublicSubnet(IpSubnet.of(pub.ipAddress(), pub.maskLength()),
                        pub.privateSubnets().stream().map(p -> IpSubnet.of(p.ipAddress(), p.maskLength())).toList()));
            }
            sites.add(new SiteMatcher.SiteSubnets(site.siteId(), publics));
        }
        return SiteMatcher.of(sites);
    }

    private static byte[] address(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required: the IP address to look up, such as 20.1.4.7");
        }
        try {
            return IpSubnet.parseAddress(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
