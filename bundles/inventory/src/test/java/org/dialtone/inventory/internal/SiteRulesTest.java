package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Site;
import org.junit.Test;

public class SiteRulesTest {
    private static Site site(String builtIn) {
        return new Site(1, builtIn == null ? "Branch" : "Internet", null, null, null, false, builtIn, List.of(), 0, 1);
    }

    @Test
    public void theInternetSiteIsNeitherEditedNorDeleted() {
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> SiteRules.requireNotInternet(site(Site.INTERNET), "deleted"));
        assertEquals("site", refused.field());
        SiteRules.requireNotInternet(site(null), "deleted");
    }
}
