package org.dialtone.itests;

import static org.dialtone.itests.Admin.unique;
import static org.dialtone.itests.Admin.uniqueMac;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in Debian's chromium, driven by Selenium from the test JVM, against the distribution as shipped
 * (issue 17): every page for an admin, and a scenario per area as an admin would go through it. Screenshots go to
 * {@code target/console-*.png}.
 */
public class ConsoleBrowserIT {
    /** Below the ephemeral range (32768 and up), where a port another process was given can stand in the way. */
    private static final int HTTPS_PORT = 24443;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ShippedNode node;
    private static WebDriver browser;
    private static Https https;
    private static String password;
    private static String origin;

    @BeforeClass
    public static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException("chromium and chromium-driver are not installed; .ci/run installs them");
        }
        Assume.assumeTrue("skipped: install Debian's chromium and chromium-driver to run the browser tests", present);
        node = ShippedNode.unpack("console", HTTPS_PORT - 8443);
        node.start();
        https = node.client(Duration.ofSeconds(90));
        https.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
        password = Files.readString(node.home.resolve("data/dialtone/initial-admin-password")).trim();
        https.await("/api/v1/sites", "admin", password, 200, Duration.ofSeconds(60));
        node.awaitFeaturesSettled();
        Eventually.holds(Duration.ofSeconds(60), () -> assertEquals(200, https.get("/api/v1/device-groups", "admin", password).statusCode()));
        origin = "https://admin:" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@localhost:" + HTTPS_PORT;
        browser = newBrowser();
    }

    /** A headless chromium of its own: its sign-ins are not the other browsers'. */
    private static ChromeDriver newBrowser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768");
        options.setAcceptInsecureCerts(true);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logs);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterClass
    public static void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Before
    public void forgetKeptSearches() {
        open("account");
        script("localStorage.clear()");
        browser.manage().logs().get(LogType.BROWSER);
    }

    @Test
    public void everyPageLoadsForAnAdminWithoutAProblemOrABlockedScript() throws Exception {
        long device = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\"" + uniqueMac() + "\",\"name\":\"Desk\"}"), 201)
                .get("id").asLong();
        for (String[] page : ConsolePages.ALL) {
            open(page[0]);
            assertEquals(page[1], browser.findElement(By.tagName("h1")).getText());
            assertNoProblem(page[0]);
            screenshot(page[0]);
        }
        open("device?id=" + device);
        assertEquals("Device Desk", browser.findElement(By.tagName("h1")).getText());
        assertNoProblem("device");
        screenshot("device");
        List<String> navigation = browser.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
        assertEquals("every page is in the navigation, in order", ConsolePages.ALL.stream().map(p -> p[1]).toList(), navigation.subList(0, ConsolePages.ALL.size()));
    }

    @Test
    public void theConsoleLeadsToSwaggerUiWhichRendersTheApiAndTriesAnOperation() throws Exception {
        open("sites");
        browser.findElement(By.id("api-docs")).click();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.withMessage(() -> "Swagger UI shows the operations; the page shows: " + browser.findElement(By.tagName("body")).getText())
                .until(b -> !b.findElements(By.id("operations-Account-getOwnAccount")).isEmpty());
        // Swagger UI renders only the operations in view; a deep link scrolls to one and opens it.
        browser.get("about:blank");
        browser.get(origin + "/api/v1/docs/#/Sites/listSites");
        WebElement listSites = wait.withMessage(() -> "the deep link opens listSites; the page shows: " + browser.findElement(By.tagName("body")).getText())
                .until(b -> b.findElements(By.cssSelector("#operations-Sites-listSites.is-open")).stream().findFirst().orElse(null));
        wait.until(b -> listSites.findElement(By.className("try-out__btn"))).click();
        wait.until(b -> listSites.findElement(By.className("execute"))).click();
        WebElement status = wait.withMessage(() -> "the call is answered; the operation shows: " + listSites.getText())
                .until(b -> listSites.findElements(By.cssSelector(".live-responses-table tr.response .response-col_status")).stream().findFirst().orElse(null));
        assertEquals("the call from Swagger UI is signed in with the console's credentials", "200", status.getText().strip());
        screenshot("api-docs");
    }

    @Test
    public void anAdminSearchesTheSitesEditsSubnetsSeesTheFieldAtFaultAndTestsAnAddress() throws Exception {
        String tag = unique("S");
        for (String name : new String[] {tag + " A-1", tag + " B-2"}) {
            json(rest("POST", "/sites", "{\"name\":\"" + name + "\",\"description\":\"<b>not bold</b>\"}"), 201);
        }
        open("sites");
        type("q", tag);
        click("#search button[type=submit]");
        List<WebElement> rows = rows("#sites", 2);
        assertTrue("a description is shown as the text it is", rows.get(0).getText().contains("<b>not bold</b>"));
        screenshot("sites");
        type("q", tag + " A-1");
        click("#search button[type=submit]");
        rows("#sites", 1);
        assertEquals("1 site", text("count"));
        browser.navigate().refresh();
        settle();
        assertTrue("the search is still there after a reload (F-ADMIN-3)", rows("#sites", 1).get(0).getText().startsWith(tag + " A-1"));

        browser.findElement(By.cssSelector("#sites tbody button")).click();
        click("#add-subnet");
        type(By.name("publicSubnets[0].ipAddress"), "198.51.100.999");
        type(By.name("publicSubnets[0].maskLength"), "24");
        type(By.name("publicSubnets[0].privateSubnets"), "10.1.0.0/16");
        click("#editor button[type=submit]");
        WebElement note = until("the bad address is pointed out next to its input", b -> b.findElement(By.cssSelector(
                "input[name='publicSubnets[0].ipAddress'] + .field-problem")));
        assertTrue(note.getText(), note.getText().contains("999"));
        screenshot("sites-problem");
        type(By.name("publicSubnets[0].ipAddress"), "198.51.100.0");
        click("#editor button[type=submit]");
        until("the site is saved", b -> text("status").contains("Saved site " + tag + " A-1"));
        assertEquals("198.51.100.0/24", rows("#sites", 1).get(0).findElements(By.tagName("td")).get(2).getText());

        type("public-ip", "198.51.100.7");
        type("private-ip", "10.1.2.3");
        click("#tester button[type=submit]");
        until("the tester names the site", b -> text("match").startsWith("Site " + tag + " A-1"));

        click("#search button[type=reset]");
        until("Reset empties the search", b -> browser.findElement(By.id("q")).getAttribute("value").isEmpty());
    }

    @Test
    public void anAdminImportsSitesAndDevicesFromCsvAndReadsTheLog() throws Exception {
        String tag = unique("Csv");
        Path sites = Files.writeString(Files.createTempFile("sites", ".csv"), "site_name,description,location_name,subnets\n"
                + tag + ",Imported,Here,\"{\"\"public-subnet-list\"\":[{\"\"ip-address\"\":\"\"203.0.113.0\"\",\"\"mask-length\"\":\"\"24\"\"}]}\"\n"
                + "Bad site!,x,y,\"{}\"\n");
        open("imports");
        new Select(browser.findElement(By.id("kind"))).selectByValue("sites");
        browser.findElement(By.id("file")).sendKeys(sites.toString());
        click("#import button[type=submit]");
        until("the report shows", b -> figure("Failed").equals("1"));
        assertEquals(1, rows("#log", 2).stream().filter(r -> r.getText().contains("failed")).count());
        assertEquals(1, json(rest("GET", "/sites?q=" + tag, null), 200).get("total").asInt());

        Path devices = Files.writeString(Files.createTempFile("devices", ".csv"), "mac_address,endpoint_name\n"
                + uniqueMac() + "," + tag + "-1\n" + uniqueMac() + "," + tag + "-2\nnot-a-mac," + tag + "-3\n");
        new Select(browser.findElement(By.id("kind"))).selectByValue("devices");
        browser.findElement(By.id("file")).sendKeys(devices.toString());
        click("#import button[type=submit]");
        until("the report shows the devices", b -> text("report-title").contains("devices") && figure("Created").equals("2"));
        new Select(browser.findElement(By.id("log-filter"))).selectByValue("failed");
        List<WebElement> failed = rows("#log", 1);
        assertTrue(failed.get(0).getText(), failed.get(0).getText().startsWith("4 failed"));
        screenshot("imports");
        assertEquals(2, json(rest("GET", "/devices?q=" + tag, null), 200).get("total").asInt());
    }

    @Test
    public void anAdminSearchesFiltersSortsAndChoosesColumnsInTheDeviceMonitor() throws Exception {
        String tag = unique("Dm");
        long group = json(rest("POST", "/device-groups", "{\"name\":\"" + tag + "\"}"), 201).get("id").asLong();
        for (int i = 1; i <= 3; i++) {
            long id = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\"" + uniqueMac() + "\",\"name\":\""
                    + tag + "-" + i + "\"}"), 201).get("id").asLong();
            if (i < 3) {
                json(rest("PUT", "/devices/" + id + "/groups", "{\"groupIds\":[" + group + "]}"), 200);
            }
        }
        open("devices");
        type("q", tag);
        click("#search button[type=submit]");
        rows("#devices", 3);
        pick("group", tag);
        click("#search button[type=submit]");
        rows("#devices", 2);
        assertEquals("2 devices", text("count"));
        click("#devices thead button.sort");
        until("sorted by name", b -> rows("#devices", 2).get(0).getText().startsWith(tag + "-1"));
        click("#devices thead button.sort");
        until("sorted by name, descending", b -> rows("#devices", 2).get(0).getText().startsWith(tag + "-2"));
        click("#columns-choice summary");
        browser.findElement(By.id("column-mac")).click();
        until("the MAC address column is gone", b -> !text(By.cssSelector("#devices thead")).contains("MAC address"));
        screenshot("devices");

        browser.navigate().refresh();
        settle();
        assertEquals("the search, the sort and the columns are kept", tag + "-2", rows("#devices", 2).get(0).findElement(By.tagName("a")).getText());
        assertFalse(text(By.cssSelector("#devices thead")).contains("MAC address"));
        script("localStorage.clear()");
        browser.navigate().refresh();
        settle();
        assertFalse("the columns are the account's, not only this browser's", text(By.cssSelector("#devices thead")).contains("MAC address"));
        click("#columns-choice summary");
        browser.findElement(By.id("column-mac")).click();
        until("the MAC address column is back", b -> text(By.cssSelector("#devices thead")).contains("MAC address"));
        click("#search button[type=reset]");
        until("Reset lifts the filters", b -> !text("count").equals("2 devices") && browser.findElement(By.id("group")).getAttribute("value").isEmpty());
    }

    @Test
    public void anAdminCreatesAGroupAndReordersItsProfiles() throws Exception {
        String tag = unique("Grp");
        String first = tag + "-first";
        String second = tag + "-second";
        for (String name : new String[] {first, second}) {
            json(rest("POST", "/profiles", "{\"name\":\"" + name + "\",\"attributes\":[{\"name\":\"reg.1.label\",\"value\":\"" + name + "\"}]}"), 201);
        }
        open("groups");
        type("new-name", tag);
        click("#new button[type=submit]");
        until("the new group opens", b -> text("group-title").equals("Group " + tag));
        pick("add-profile", first);
        click("#add-profile-button");
        pick("add-profile", second);
        click("#add-profile-button");
        click("#profiles button[aria-label='Move " + second + " (user defined) up']");
        until("the second profile is now first", b -> text(By.cssSelector("#profiles li")).contains(second));
        click("#profiles-form button[type=submit]");
        until("the profiles are saved", b -> text("status").startsWith("Saved the profiles of " + tag));
        screenshot("groups");
        long id = json(rest("GET", "/device-groups?q=" + tag, null), 200).get("items").get(0).get("id").asLong();
        JsonNode saved = json(rest("GET", "/deployment/group/" + id + "/profiles", null), 200);
        assertEquals(second, saved.get(0).get("name").asText());
        assertEquals(first, saved.get(1).get("name").asText());
    }

    @Test
    public void anAdminWritesAProfileWithTheSchemaSearchCopiesItAndImportsAConfigFile() throws Exception {
        String tag = unique("Prof");
        open("profiles");
        click("details summary");
        type("new-name", tag);
        click("#new button[type=submit]");
        until("the new profile opens in the editor", b -> text("editor-title").equals("Profile " + tag + " (user defined)"));
        type("schema-q", "reg.1.displayName");
        settle();
        until("the schema offers the parameter", b -> b.findElement(By.xpath("//ul[@id='schema-results']//button[.='Add reg.1.displayName']"))).click();
        type(By.name("attributes[0].value"), "Front desk");
        click("#editor button[type=submit]");
        until("the profile is saved", b -> text("status").equals("Saved profile " + tag));
        JsonNode saved = json(rest("GET", "/profiles?q=" + tag, null), 200).get("items").get(0);
        JsonNode attributes = json(rest("GET", "/profiles/" + saved.get("id").asLong(), null), 200).get("attributes");
        assertEquals("reg.1.displayName", attributes.get(0).get("name").asText());
        assertEquals("Front desk", attributes.get(0).get("value").asText());
        screenshot("profile-editor");

        type("copy-name", tag + "-copy");
        click("#copy");
        until("the copy opens", b -> text("editor-title").equals("Profile " + tag + "-copy (user defined)"));
        assertEquals(1, json(rest("GET", "/profiles?q=" + tag + "-copy", null), 200).get("total").asInt());

        Path config = Files.writeString(Files.createTempFile("site", ".cfg"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<polycomConfig><reg reg.1.label=\"Imported\" reg.1.address=\"4711\"/></polycomConfig>\n");
        browser.findElement(By.id("config-file")).sendKeys(config.toString());
        type("config-name", tag + "-imported");
        click("#import-config button[type=submit]");
        until("the imported profile opens", b -> text("editor-title").equals("Profile " + tag + "-imported (user defined)"));
        assertEquals(2, browser.findElements(By.cssSelector("#attributes tbody tr")).size());
    }

    @Test
    public void aProfileDeployedAtASiteChangesTheDevicesEffectiveConfiguration() throws Exception {
        String tag = unique("Dep");
        json(rest("POST", "/profiles", "{\"name\":\"" + tag + "\",\"attributes\":[{\"name\":\"reg.1.displayName\",\"value\":\"Lobby " + tag + "\"}]}"), 201);
        long device = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\"" + uniqueMac() + "\",\"name\":\"" + tag + "\"}"), 201)
                .get("id").asLong();
        open("device?id=" + device);
        assertFalse(text(By.cssSelector("#config tbody")).contains("Lobby " + tag));
        try {
            open("deployment");
            new Select(browser.findElement(By.id("type"))).selectByValue("site");
            pick("key", "Internet");
            click("#target button[type=submit]");
            until("the site's profiles show", b -> text("profiles-title").contains("site Internet"));
            pick("add-profile", tag);
            click("#add-profile-button");
            click("#profiles-form button[type=submit]");
            until("the deployment is saved", b -> text("status").startsWith("Saved"));
            screenshot("deployment");
            open("device?id=" + device);
            WebElement row = until("the device's effective configuration has the site's value", b -> b.findElements(By.cssSelector("#config tbody tr"))
                    .stream().filter(r -> r.getText().startsWith("reg.1.displayName")).findFirst().orElse(null));
            assertTrue(row.getText(), row.getText().contains("Lobby " + tag) && row.getText().contains("site Internet — " + tag));
            script("document.getElementById('config-title').scrollIntoView()");
            screenshot("device-configuration");
        } finally {
            json(rest("PUT", "/deployment/site/1/profiles", "{\"profileIds\":[]}"), 200);
        }
    }

    @Test
    public void anAdminUploadsAnImageWithProgressAndSelectsItForADevice() throws Exception {
        String name = unique("ucs").toLowerCase() + ".zip";
        Path image = Files.createTempFile("image", ".zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(image))) {
            zip.putNextEntry(new ZipEntry("UCS/3111-46162-001.sip.ld"));
            zip.write(new byte[3 * 1024 * 1024]);
            zip.putNextEntry(new ZipEntry("UCS/sip.ver"));
            zip.write("6.4.3.1234\n".getBytes(StandardCharsets.UTF_8));
        }
        Path upload = image.resolveSibling(name);
        Files.move(image, upload);
        String mac = uniqueMac();
        long device = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\"" + mac + "\"}"), 201).get("id").asLong();
        open("software");
        browser.findElement(By.id("image-file")).sendKeys(upload.toString());
        click("#upload button[type=submit]");
        until("the upload is done", b -> text("status").startsWith("Uploaded " + name + " 6.4.3.1234 for VVX410"));
        assertTrue(text(By.cssSelector("#images tbody")).contains(name));
        screenshot("software");

        open("deployment?type=device&key=" + device);
        until("the device's profiles show", b -> b.findElement(By.id("profiles-form")).isDisplayed() && text("profiles-title").contains(mac));
        pick("add-profile", "Software-" + name);
        click("#add-profile-button");
        click("#profiles-form button[type=submit]");
        until("the image is selected", b -> text("status").startsWith("Saved"));
        open("device?id=" + device);
        until("the device page names the image", b -> text("software-choice").startsWith("Software: " + name + " 6.4.3.1234, chosen by device " + mac));
    }

    @Test
    public void anAdminChangesTheProvisioningSettingsAndSeesTheRuleABadValueBreaks() throws Exception {
        open("settings");
        // Typing into a time input depends on the browser's locale: set the values as the picker would.
        script("document.getElementById('window-start').value = '02:00'; document.getElementById('window-end').value = '02:00'");
        click("#settings button[type=submit]");
        WebElement note = until("the window's end is pointed out", b -> b.findElement(By.cssSelector("#window-end + .field-problem")));
        assertTrue(note.getText(), note.getText().contains("must differ from pollingWindowStart"));
        script("document.getElementById('window-end').value = '04:00'");
        type("host-name", "prov.example.com");
        type("account-user", "PlcmSpIp");
        type("account-password", "a-good-secret-1");
        click("#settings button[type=submit]");
        until("the settings are saved", b -> text("status").equals("Saved the provisioning settings"));
        screenshot("settings");
        JsonNode settings = json(rest("GET", "/provisioning/settings", null), 200);
        assertEquals("prov.example.com", settings.get("hostName").asText());
        assertTrue(settings.get("accountConfigured").asBoolean());
        assertEquals("02:00:00", settings.get("pollingWindowStart").asText());
        assertEquals("04:00:00", settings.get("pollingWindowEnd").asText());
        assertTrue(text("address"), text("address").startsWith("https://prov.example.com:"));
        assertEquals(settings.get("provisioningAddress").asText(), text("address"));
    }

    @Test
    public void anAdminRebootsADeviceAndReadsWhyItDidNotApplyInTheScheduledTasks() throws Exception {
        String tag = unique("Reboot");
        long device = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 410\",\"mac\":\"" + uniqueMac() + "\",\"name\":\"" + tag + "\"}"), 201)
                .get("id").asLong();
        open("device?id=" + device);
        until("the device's status shows", b -> text("device-status").contains("SIP registration") && text("device-status").contains("unlicensed"));
        click("#refresh-status");
        until("a refresh polls the device and says how it went", b -> text("device-status").contains("has not contacted Dialtone yet"));
        until("the device has had no packet capture", b -> text("capture-state").equals("No capture yet."));
        type("capture-minutes", "3000");
        click("#capture-start");
        WebElement limit = until("the capture's time limit is pointed out", b -> b.findElement(By.cssSelector("#capture-minutes + .field-problem")));
        assertTrue(limit.getText(), limit.getText().contains("from 1 to 2880"));
        type("capture-minutes", "30");
        click("#capture-start");
        until("a device that never called in cannot capture yet", b -> text("problem").contains("has not contacted Dialtone yet"));
        browser.findElement(By.id("reboot")).click();
        browser.switchTo().alert().accept();
        settle();
        until("the reboot task is created", b -> text("status").startsWith("Device Control: Reboot: task Apply-Reboot-"));
        open("tasks");
        new Select(browser.findElement(By.id("type"))).selectByValue("reboot");
        click("#search button[type=submit]");
        click("#tasks tbody button");
        WebElement row = until("the device's result shows", b -> {
            List<WebElement> found = b.findElements(By.cssSelector("#sub-tasks tbody tr"));
            return found.size() == 1 && found.get(0).getText().contains("not applicable") ? found.get(0) : null;
        });
        assertTrue(row.getText(), row.getText().startsWith(tag) && row.getText().contains("firmware is not known"));
        screenshot("tasks");
        open("activity");
        WebElement write = until("the reboot is in the activity log", b -> b.findElements(By.cssSelector("#activity tbody tr")).stream()
                .filter(r -> r.getText().contains("/devices/" + device + "/actions/reboot")).findFirst().orElse(null));
        assertTrue(write.getText(), write.getText().contains("console") && write.getText().contains("POST /devices/{id}/actions/{action}"));
        screenshot("activity");
    }

    @Test
    public void anAdminSchedulesAResetForADeviceGroupAndASiteFromTheirPages() throws Exception {
        String tag = unique("Night");
        long group = json(rest("POST", "/device-groups", "{\"name\":\"" + tag + "\"}"), 201).get("id").asLong();
        String siteName = unique("Branch");
        json(rest("POST", "/sites", "{\"name\":\"" + siteName + "\"}"), 201);
        open("groups?id=" + group);
        until("the group's page links to a new task", b -> b.findElement(By.id("schedule")).isDisplayed());
        click("#schedule");
        settle();
        until("the group is the task's target", b -> text("new-targets").contains("group " + tag));
        new Select(browser.findElement(By.id("new-type"))).selectByValue("reset");
        new Select(browser.findElement(By.id("new-kind"))).selectByValue("factory");
        new Select(browser.findElement(By.id("new-target-kind"))).selectByValue("site");
        type("new-target-site", "not a site");
        click("#add-target");
        WebElement note = until("an unpicked target is pointed out", b -> b.findElement(By.cssSelector("#new-target-site + .field-problem")));
        assertTrue(note.getText(), note.getText().contains("Pick a site"));
        browser.findElement(By.id("new-target-site")).clear();
        pick("new-target-site", siteName);
        click("#add-target");
        script("document.getElementById('new-at').value = '2031-01-02T03:04'");
        click("#new-task button[type=submit]");
        until("the task is created for both", b -> text("status").contains("created for group " + tag + ", site " + siteName));
        screenshot("tasks-new");
        JsonNode task = json(rest("GET", "/tasks?type=reset&state=scheduled&limit=100", null), 200).get("items").get(0);
        assertEquals(task.toString(), "factory", task.get("arguments").get("kind").asText());
        assertEquals(task.toString(), List.of("GROUP", "SITE"), List.of(task.get("targets").get(0).get("kind").asText(), task.get("targets").get(1).get("kind").asText()));
        assertEquals(group, task.get("targets").get(0).get("id").asLong());
        assertEquals("SCHEDULED", task.get("state").asText());
    }

    @Test
    public void anAdminLimitsANewOperatorToOneSiteFromTheAccountPage() throws Exception {
        String siteName = unique("Depot");
        long site = json(rest("POST", "/sites", "{\"name\":\"" + siteName + "\"}"), 201).get("id").asLong();
        String name = unique("depot-op").toLowerCase();
        open("account");
        until("the sites are offered", b -> !b.findElements(By.cssSelector("#new-sites option[value='" + site + "']")).isEmpty());
        type("new-name", name);
        new Select(browser.findElement(By.id("new-role"))).selectByVisibleText("OPERATOR");
        new Select(browser.findElement(By.id("new-sites"))).selectByValue(Long.toString(site));
        type("new-account-password", "Depot-pass-" + new StringBuilder(name).reverse());
        click("#new-account button[type=submit]");
        until("the account is added", b -> text("status").contains("Added account " + name));
        JsonNode account = json(rest("GET", "/accounts?q=" + name, null), 200).get("items").get(0);
        assertTrue(account.toString(), account.get("siteLimited").asBoolean());
        assertEquals(List.of(site), List.of(account.get("siteIds").get(0).asLong()));
        until("its row names the site it is limited to", b -> b.findElements(By.cssSelector("#accounts tbody tr")).stream()
                .anyMatch(r -> r.getText().contains(name) && r.getText().contains(siteName)));
        screenshot("account-site-limited");
        rest("DELETE", "/accounts/" + account.get("id").asLong(), null);
    }

    /**
     * Issue 20: an operator limited to a site signs in to the console with its own account, is offered the pages its
     * role opens and no others, is refused Karaf's pages, and signs out.
     */
    @Test
    public void aSiteLimitedOperatorGetsTheDialtonePagesItsRoleOpensAndSignsOut() throws Exception {
        long site = json(rest("POST", "/sites", "{\"name\":\"" + unique("Kiosk") + "\"}"), 201).get("id").asLong();
        String name = unique("kiosk-op").toLowerCase();
        String secret = "Kiosk-pass-" + new StringBuilder(name).reverse();
        long account = json(rest("POST", "/accounts", "{\"name\":\"" + name + "\",\"role\":\"OPERATOR\",\"password\":\"" + secret
                + "\",\"siteIds\":[" + site + "]}"), 201).get("id").asLong();
        ChromeDriver operator = newBrowser();
        try {
            String signedIn = "https://" + name + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8) + "@localhost:" + HTTPS_PORT;
            operator.get(signedIn + "/system/console/dialtone.devices");
            assertEquals("Device Monitor", operator.findElement(By.tagName("h1")).getText());
            List<String> offered = operator.findElements(By.cssSelector("header nav a")).stream().map(WebElement::getText).toList();
            assertTrue(offered.toString(), offered.containsAll(List.of("Device Monitor", "Sites", "Scheduled Tasks", "Account", "Sign out")));
            assertTrue("what the role cannot open is not offered: " + offered, offered.stream().noneMatch(List.of("Activity Log", "Alerts",
                    "Provisioning Settings", "Files", "Imports", "Karaf console")::contains));
            operator.get("https://localhost:" + HTTPS_PORT + "/system/console/dialtone.sites");
            assertEquals("Sites", operator.findElement(By.tagName("h1")).getText());
            assertTrue("it searches its sites", operator.findElement(By.id("q")).isDisplayed());
            assertFalse("sites it may only read are not offered for adding", operator.findElement(By.id("new")).isDisplayed());
            operator.get("https://localhost:" + HTTPS_PORT + "/system/console/dialtone.activity");
            assertTrue(operator.getPageSource(), operator.getPageSource().contains("does not open the Activity Log page"));
            operator.get("https://localhost:" + HTTPS_PORT + "/system/console/bundles");
            assertTrue(operator.getPageSource(), operator.getPageSource().contains("Karaf's own pages are for admins"));

            operator.get("https://localhost:" + HTTPS_PORT + "/system/console/dialtone.devices");
            operator.findElement(By.id("sign-out")).click();
            // The browser asks for credentials again (a prompt a headless browser leaves blank) instead of showing a page.
            assertTrue(operator.getPageSource(), operator.findElements(By.tagName("h1")).isEmpty());
            operator.get("https://localhost:" + HTTPS_PORT + "/system/console/dialtone.devices");
            assertTrue("the browser no longer signs in by itself: " + operator.getPageSource(), operator.findElements(By.tagName("h1")).isEmpty());
            operator.get(signedIn + "/system/console/dialtone.devices");
            assertEquals("signing in again opens the console", "Device Monitor", operator.findElement(By.tagName("h1")).getText());
        } finally {
            operator.quit();
            rest("DELETE", "/accounts/" + account, null);
            rest("DELETE", "/sites/" + site, null);
        }
    }

    /** A page on another origin posts to the API with the admin's cached sign-in: the write is refused. */
    @Test
    public void aCrossSiteWriteFromAnotherPageIsRefused() throws Exception {
        String name = unique("Evil");
        HttpServer elsewhere = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        String target = "https://localhost:" + HTTPS_PORT + "/api/v1/sites";
        byte[] page = ("<!DOCTYPE html><html><body><script>fetch('" + target + "', {method: 'POST', mode: 'no-cors', credentials: 'include',"
                + " headers: {'Content-Type': 'text/plain'}, body: '{\"name\":\"" + name + "\"}'}).finally(() => document.title = 'sent');"
                + "</script></body></html>").getBytes(StandardCharsets.UTF_8);
        elsewhere.createContext("/", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
            exchange.close();
        });
        elsewhere.start();
        try {
            open("sites");
            browser.get("http://127.0.0.1:" + elsewhere.getAddress().getPort() + "/");
            until("the other page sent its request", b -> "sent".equals(b.getTitle()));
            assertEquals("no site was created", 0, json(rest("GET", "/sites?q=" + name, null), 200).get("total").asInt());
        } finally {
            elsewhere.stop(0);
        }
    }

    private static void open(String page) {
        browser.get(origin + "/system/console/dialtone." + page);
        settle();
    }

    /** Waits until the page's scripts have run and no call to the API is under way. */
    private static void settle() {
        until("the page settles", b -> Boolean.TRUE.equals(script("return document.readyState === 'complete' && typeof Dialtone === 'object'"
                + " && Dialtone.inFlight === 0")));
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    private static void assertNoProblem(String page) {
        assertFalse(page + " shows a problem: " + text("problem"), browser.findElement(By.id("problem")).isDisplayed());
        String logged = browser.manage().logs().get(LogType.BROWSER).getAll().stream().filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).collect(Collectors.joining("\n"));
        assertEquals(page + " logged in the browser", "", logged);
    }

    private static <T> T until(String what, Function<WebDriver, T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(org.openqa.selenium.NoSuchElementException.class)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .withMessage(() -> what + "; the page shows: " + browser.findElement(By.tagName("main")).getText())
                .until(b -> {
                    T value = condition.apply(b);
                    return Boolean.FALSE.equals(value) ? null : value;
                });
    }

    /** Waits until the table shows {@code count} rows. */
    private static List<WebElement> rows(String table, int count) {
        return until(table + " shows " + count + " rows", b -> {
            List<WebElement> found = b.findElements(By.cssSelector(table + " tbody tr"));
            return found.size() == count ? found : null;
        });
    }

    /** The figure the import report gives for a term. */
    private static String figure(String term) {
        return text(By.xpath("//dl[@id='report']/dt[.='" + term + "']/following-sibling::dd[1]"));
    }

    private static String text(String id) {
        return text(By.id(id));
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    /** Clicks and waits for the calls the click set off. */
    private static void click(String css) {
        browser.findElement(By.cssSelector(css)).click();
        settle();
    }

    private static void type(String id, String text) {
        type(By.id(id), text);
    }

    private static void type(By by, String text) {
        WebElement input = browser.findElement(by);
        input.clear();
        input.sendKeys(text);
    }

    /** Types a name into a picker and waits until the server's suggestions offer it. */
    private static void pick(String id, String name) {
        type(id, name);
        settle();
        until("the picker offers " + name, b -> !b.findElements(By.cssSelector("#" + id + "-choices option[value='" + name + "']")).isEmpty());
    }

    private static HttpResponse<String> rest(String method, String path, String body) throws Exception {
        return https.send(method, "/api/v1" + path, "admin", password, body == null ? null : "application/json", body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }

    private static void screenshot(String page) throws Exception {
        Files.write(Path.of("target", "console-" + page + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
