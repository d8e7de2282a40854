package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.lang.reflect.Proxy;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.api.provisioning.ProvisioningSettings;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.junit.Test;

public class DownloadPathsTest {
    private static Site site(long id, String builtIn, String downloadPath) {
        return new Site(id, "s" + id, null, null, downloadPath, false, null, builtIn, List.of(), 0, 1);
    }

    private static DownloadPaths paths(Map<Long, Site> sites, String inside, String outside) {
        SiteService siteService = (SiteService) Proxy.newProxyInstance(SiteService.class.getClassLoader(), new Class<?>[] {SiteService.class},
                (proxy, method, args) -> method.getName().equals("get") ? sites.get((Long) args[0]) : null);
        ProvisioningSettings settings = new ProvisioningSettings("prov.example.com", inside, outside, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                null, false, "https://prov.example.com:8443/prov", null, null, null, 1);
        ProvisioningSettingsService settingsService = (ProvisioningSettingsService) Proxy.newProxyInstance(
                ProvisioningSettingsService.class.getClassLoader(), new Class<?>[] {ProvisioningSettingsService.class},
                (proxy, method, args) -> method.getName().equals("get") ? settings : method.getName().equals("localChanges") ? 0L : null);
        return new DownloadPaths(() -> siteService, () -> settingsService);
    }

    @Test
    public void aSitesOwnPathBeatsTheInsidePathAndTheInternetSiteUsesTheOutsidePath() {
        DownloadPaths paths = paths(Map.of(1L, site(1, "INTERNET", "https://ignored.example.com"), 7L, site(7, null, "https://relay-berlin.example.com"),
                8L, site(8, null, null)), "https://relay.example.com/", "https://dialtone.example.com:8443/prov");
        assertEquals("https://relay-berlin.example.com/", paths.baseFor(7));
        assertEquals("https://relay.example.com/", paths.baseFor(8));
        assertEquals("the Internet site takes no path of its own", "https://dialtone.example.com:8443/prov/", paths.baseFor(1));
    }

    @Test
    public void withoutPathsDevicesDownloadFromThisServer() {
        DownloadPaths paths = paths(Map.of(8L, site(8, null, " ")), null, "");
        assertNull(paths.baseFor(8));
        assertEquals("devices that need a URL get this server's", "https://prov.example.com:8443/prov/", paths.absoluteBaseFor(8));
    }
}
