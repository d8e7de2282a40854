package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Assume;
import org.junit.Before;
import org.junit.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in Debian's chromium, driven by Selenium from the test JVM, against the distribution as shipped
 * (issue 17). Screenshots go to {@code target/console-*.png}.
 */
public class ConsoleBrowserIT {
    private static final int HTTPS_PORT = 48443;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private ShippedNode node;
    private WebDriver browser;
    private Https https;
    private String password;

    @Before
    public void start() throws Exception {
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
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1366,768");
        options.setAcceptInsecureCerts(true);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @After
    public void stop() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        if (node != null) {
            node.stop();
        }
    }

    @Test
    public void anAdminSearchesTheSitesAndTheSearchIsKeptUntilReset() throws Exception {
        for (String name : new String[] {"Site A-1", "Site B-2"}) {
            // A first start ends with a feature pass that may restart the services behind the API for a moment.
            Eventually.holds(Duration.ofSeconds(90), () -> assertEquals(201, https.send("POST", "/api/v1/sites", "admin", password,
                    "application/json", "{\"name\":\"" + name + "\",\"description\":\"<b>not bold</b>\"}").statusCode()));
        }
        browser.get("https://admin:" + URLEncoder.encode(password, StandardCharsets.UTF_8) + "@localhost:" + HTTPS_PORT
                + "/system/console/dialtone.sites");
        List<WebElement> all = rows(4);
        assertTrue("a description is shown as the text it is", all.stream().anyMatch(r -> r.getText().contains("<b>not bold</b>")));
        screenshot("sites");

        browser.findElement(By.id("q")).sendKeys("A-1");
        browser.findElement(By.cssSelector("#search button[type=submit]")).click();
        assertTrue(rows(1).get(0).getText().startsWith("Site A-1"));
        assertEquals("1 site", browser.findElement(By.id("count")).getText());

        browser.navigate().refresh();
        assertTrue("the search is still there after a reload (F-ADMIN-3)", rows(1).get(0).getText().startsWith("Site A-1"));
        assertEquals("A-1", browser.findElement(By.id("q")).getAttribute("value"));

        browser.findElement(By.id("reset")).click();
        rows(4);
        assertEquals("", browser.findElement(By.id("q")).getAttribute("value"));
    }

    /** Waits until the sites table shows {@code count} rows and no problem. */
    private List<WebElement> rows(int count) {
        return new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(() -> "the table did not show " + count + " rows: "
                        + browser.findElement(By.tagName("main")).getText())
                .until(b -> {
                    List<WebElement> found = b.findElements(By.cssSelector("#sites tbody tr"));
                    return found.size() == count ? found : null;
                });
    }

    private void screenshot(String page) throws Exception {
        Path file = Path.of("target", "console-" + page + ".png");
        Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
