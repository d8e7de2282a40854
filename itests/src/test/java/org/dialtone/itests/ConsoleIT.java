package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Pattern;
import org.junit.Test;

/** The admin console's Dialtone pages as the web console serves them (issue 17). */
public class ConsoleIT extends OnTheServer {
    private static final String SITES = "/system/console/dialtone.sites";

    @Test
    public void theSitesPageIsServedWholeUnderAPolicyThatRunsNoInlineScript() throws Exception {
        HttpResponse<String> page = https.get(SITES, "admin", password);
        assertEquals(page.body(), 200, page.statusCode());
        String policy = page.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(policy, policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"));
        assertTrue(page.body(), page.body().contains("<h1>Sites</h1>") && page.body().contains("<label for=\"q\">"));
        assertFalse("every script is a file of ours: " + page.body(), Pattern.compile("<script(?![^>]*\\bsrc=)").matcher(page.body()).find());
        assertFalse("not wrapped in the console's own header, whose scripts are inline", page.body().contains("appRoot ="));

        for (String resource : new String[] {"sites.js", "api.js", "console.css"}) {
            HttpResponse<String> file = https.get(SITES + "/res/" + resource, "admin", password);
            assertEquals(resource, 200, file.statusCode());
            assertEquals(resource, "nosniff", file.headers().firstValue("X-Content-Type-Options").orElse(""));
        }
        assertTrue("the script writes data as text", https.get(SITES + "/res/api.js", "admin", password).body().contains("textContent"));
        assertEquals(404, https.get(SITES + "/res/nothing.js", "admin", password).statusCode());
        assertEquals(401, https.get(SITES, null, null).statusCode());
    }

    @Test
    public void everyPageAndItsResourcesRefuseWithoutCredentialsAndAWrongPassword() throws Exception {
        for (String[] page : ConsolePages.ALL) {
            String path = "/system/console/dialtone." + page[0];
            assertEquals(path, 200, https.get(path, "admin", password).statusCode());
            assertEquals(path, 401, https.get(path, null, null).statusCode());
            assertEquals(path, 401, https.get(path, "admin", password + "x").statusCode());
            assertEquals(path, 401, https.get(path + "/res/" + page[0] + ".js", null, null).statusCode());
        }
        assertEquals(401, https.get("/system/console/dialtone.device?id=1", null, null).statusCode());
        assertEquals(401, https.get("/system/console/dialtone.dashboard/res/chart.js/chart.umd.js", null, null).statusCode());
        assertEquals("Chart.js comes from its webjar", 200,
                https.get("/system/console/dialtone.dashboard/res/chart.js/chart.umd.js", "admin", password).statusCode());
        int escape = https.get("/system/console/dialtone.sites/res/chart.js/../../sites.html", "admin", password).statusCode();
        assertTrue("no way out of the page's resources: " + escape, escape == 400 || escape == 404);
        assertEquals(401, https.get("/api/v1/devices/summary", null, null).statusCode());
    }

    @Test
    public void theConsoleListsTheDialtonePagesAndOneSignInCoversTheApi() throws Exception {
        String menu = https.get("/system/console/bundles", "admin", password).body();
        assertTrue("the console's menu has the Dialtone category with its pages", menu.contains("Dialtone") && menu.contains("dialtone.sites"));
        String console = https.get(SITES, null, null).headers().firstValue("WWW-Authenticate").orElse("");
        String api = https.get("/api/v1/sites", null, null).headers().firstValue("WWW-Authenticate").orElse("");
        assertTrue(console + " / " + api, console.startsWith("Basic realm=\"karaf\"") && api.startsWith("Basic realm=\"karaf\""));
    }
}
