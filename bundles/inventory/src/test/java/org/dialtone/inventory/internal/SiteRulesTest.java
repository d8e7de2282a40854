package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Site;
import org.dialtone.store.RowResult;
import org.dialtone.store.SiteRepository;
import org.dialtone.store.SiteWrite;
import org.junit.Test;

public class SiteRulesTest {
    private static Site site(String builtIn) {
        return new Site(1, builtIn == null ? "Branch" : "Internet", null, null, null, false, null, builtIn, List.of(), 0, 1);
    }

    @Test
    public void theInternetSiteIsNeitherEditedNorDeleted() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SiteRules.requireNotInternet(site(Site.INTERNET), "deleted"));
        assertEquals("site", refused.field());
        SiteRules.requireNotInternet(site(null), "deleted");
    }

    @Test
    public void aCsvRowNamingTheInternetSiteFailsAlone() {
        SiteRepository.ImportedSite internet = new SiteRepository.ImportedSite(3, new SiteWrite("internet", null, null, null, false, null, List.of()));
        RowResult failed = SiteRules.internetRow(internet, "Internet").orElseThrow();
        assertEquals(3, failed.line());
        assertEquals(RowResult.Outcome.FAILED, failed.outcome());
        assertTrue(failed.message(), failed.message().contains("Internet is the built-in site"));
        assertTrue(SiteRules.internetRow(new SiteRepository.ImportedSite(4, new SiteWrite("Site A-1", null, null, null, false, null, List.of())),
                "Internet").isEmpty());
    }

    @Test
    public void theIntranetPlaceholderAsksToBeSetUpUntilItIs() {
        Site placeholder = new Site(2, "Intranet", null, null, null, false, null, Site.INTRANET,
                List.of(new org.dialtone.api.inventory.PublicSubnet("0.0.0.0", 32, List.of())), 0, 1);
        assertTrue(SiteRules.intranetNotice(placeholder).orElseThrow().contains("Intranet site is not set up yet"));
        Site setUp = new Site(2, "Intranet", null, null, null, false, null, Site.INTRANET,
                List.of(new org.dialtone.api.inventory.PublicSubnet("203.0.113.0", 24, List.of())), 0, 2);
        assertTrue(SiteRules.intranetNotice(setUp).isEmpty());
        assertTrue("an ordinary site is never the placeholder", SiteRules.intranetNotice(site(null)).isEmpty());
    }
}
