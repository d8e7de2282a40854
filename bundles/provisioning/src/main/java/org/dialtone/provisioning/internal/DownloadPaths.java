package org.dialtone.provisioning.internal;

import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.api.provisioning.ProvisioningSettings;
import org.dialtone.api.provisioning.ProvisioningSettingsService;

/**
 * Where a device downloads software from (guide: Specifying Download Paths): a profile's {@code APP_FILE_PATH} wins
 * (handled where the master configuration is made), then its site's download path, then the provisioning settings'
 * path for devices inside the enterprise, or outside it for the Internet site; none means this server. Read at most
 * every ten seconds, since every master configuration asks; the polling window comes with them.
 */
final class DownloadPaths {
    private static final long FRESH_MILLIS = 10_000;

    private record SiteBase(boolean internet, String path, long readAt) {
    }

    private final Supplier<SiteService> sites;
    private final Supplier<ProvisioningSettingsService> settings;
    private final ConcurrentHashMap<Long, SiteBase> siteBases = new ConcurrentHashMap<>();
    /** The settings' three addresses and the polling window, read together. */
    private record Paths(String inside, String outside, String own, Window window, long readAt, long changes) {
    }

    /** The provisioning settings' polling window (guide: Provisioning Settings). */
    record Window(java.time.LocalTime start, java.time.LocalTime end) {
    }

    private volatile Paths read;

    DownloadPaths(Supplier<SiteService> sites, Supplier<ProvisioningSettingsService> settings) {
        this.sites = sites;
        this.settings = settings;
    }

    /** The base a device's image path is put after, ending in '/', or null for this server. */
    String baseFor(long siteId) {
        long now = System.currentTimeMillis();
        SiteBase site = siteBases.get(siteId);
        if (site == null || now - site.readAt() > FRESH_MILLIS) {
            site = read(siteId, now);
            if (siteBases.size() > 10_000) {
                siteBases.clear();
            }
            siteBases.put(siteId, site);
        }
        if (!site.internet() && site.path() != null && !site.path().isBlank()) {
            return slash(site.path());
        }
        String path = settingsPath(site.internet(), now);
        return path == null || path.isBlank() ? null : slash(path);
    }

    private SiteBase read(long siteId, long now) {
        SiteService service = sites.get();
        try {
            Site site = service == null ? null : service.get(siteId);
            return site == null ? new SiteBase(false, null, now) : new SiteBase(Site.INTERNET.equals(site.builtIn()), site.downloadPath(), now);
        } catch (RuntimeException e) {
            return new SiteBase(false, null, now);
        }
    }

    /** As {@link #baseFor}, with this server's provisioning address where no path is set: for devices that need a URL. */
    String absoluteBaseFor(long siteId) {
        String base = baseFor(siteId);
        if (base != null) {
            return base;
        }
        String own = paths(System.currentTimeMillis()).own();
        return own == null ? "" : slash(own);
    }

    /** Read with the paths, as often. */
    /** The provisioning address phones are configured with (settings), or null while the settings cannot be read. */
    String provisioningAddress() {
        return paths(System.currentTimeMillis()).own();
    }

    java.util.Optional<Window> pollingWindow() {
        return java.util.Optional.ofNullable(paths(System.currentTimeMillis()).window());
    }

    private String settingsPath(boolean internet, long now) {
        Paths paths = paths(now);
        return internet ? paths.outside() : paths.inside();
    }

    private Paths paths(long now) {
        Paths known = read;
        ProvisioningSettingsService service = settings.get();
        long changes = service == null ? 0 : service.localChanges();
        if (known == null || now - known.readAt() > FRESH_MILLIS || known.changes() != changes) {
            ProvisioningSettings current;
            try {
                current = service == null ? null : service.get();
            } catch (RuntimeException e) {
                current = null;
            }
            known = current == null ? new Paths(null, null, null, null, now, changes)
                    : new Paths(current.downloadPathInside(), current.downloadPathOutside(), current.provisioningAddress(),
                    current.pollingWindowStart() == null || current.pollingWindowEnd() == null ? null
                            : new Window(current.pollingWindowStart(), current.pollingWindowEnd()), now, changes);
            read = known;
        }
        return known;
    }

    private static String slash(String path) {
        String p = path.strip();
        return p.endsWith("/") ? p : p + "/";
    }
}
