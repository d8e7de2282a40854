package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

/**
 * Boots the tar.gz with {@code bin/karaf server}, as an admin would, with the shipped configuration
 * (feature auto-refresh on, which the Pax Exam runs turn off); only the ports move. A bundle whose imports
 * make the boot features refresh the startup bundles hangs this first start.
 */
public class ShippedDistributionIT {
    private static final int HTTPS_PORT = 28443;
    private ShippedNode node;
    private Path home;

    @Before
    public void unpack() throws Exception {
        node = ShippedNode.unpack("shipped", HTTPS_PORT - 8443);
        home = node.home;
    }

    @After
    public void stop() throws Exception {
        if (node != null) {
            node.stop();
        }
    }

    @Test
    public void firstStartAsShippedServesTheApiWithEverythingUp() throws Exception {
        node.start();

        Https https = node.client(Duration.ofSeconds(90));
        https.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
        String password = Files.readString(home.resolve("data/dialtone/initial-admin-password")).trim();
        HttpResponse<String> health = https.await("/api/v1/system/health", "admin", password, 200, Duration.ofSeconds(60));
        assertTrue(health.body(), health.body().contains("\"status\":\"UP\""));
        assertTrue("a fresh install says devices need the provisioning account: " + health.body(),
                health.body().contains("No provisioning account is set"));
        // The services behind the API come up moments after the endpoint itself; until then it says 503 and why.
        HttpResponse<String> sites = https.await("/api/v1/sites", "admin", password, 200, Duration.ofSeconds(60));
        assertTrue(sites.body(), sites.body().contains("\"name\":\"Internet\""));
        HttpResponse<String> standard = https.await("/api/v1/profiles?type=standard&q=VVX-Management", "admin", password, 200, Duration.ofSeconds(30));
        assertTrue("the VVX driver's profiles are there on first start: " + standard.body(), standard.body().contains("VVX-Management-Baseline"));

        aSmallFleetOfEveryFamilyBootsWithoutAnError(https, password);
    }


    /** The simulator's boot storm as a correctness test: every device provisioned and added with its model. */
    private void aSmallFleetOfEveryFamilyBootsWithoutAnError(Https https, String adminPassword) throws Exception {
        node.awaitFeaturesSettled();
        String secret = "Storm-" + Long.toHexString(System.nanoTime());
        assertEquals(200, https.send("PUT", "/api/v1/provisioning/settings", "admin", adminPassword, "application/json",
                "{\"accountUser\":\"fleet\",\"accountPassword\":\"" + secret + "\"}").statusCode());
        javax.net.ssl.SSLContext tls = Https.trusting(home.resolve("etc/dialtone-tls.p12"), Files.readString(home.resolve("etc/dialtone-tls.password")).trim());
        String prov = "https://localhost:" + HTTPS_PORT + "/prov";
        List<org.dialtone.simulator.VirtualDevice> probe = org.dialtone.simulator.Fleet.generate(1,
                org.dialtone.simulator.Fleet.parseMix("vvx=1"), 1, "0f0f0f");
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        org.dialtone.simulator.Report first;
        do {
            first = org.dialtone.simulator.Storm.run(probe, prov, "fleet", secret, true, tls, 1, Duration.ofSeconds(30));
        } while (first.errorCount() > 0 && System.nanoTime() < deadline && sleep());
        assertEquals("the endpoint takes the new account: " + first.toText(), 0, first.errorCount());

        List<org.dialtone.simulator.VirtualDevice> fleet = org.dialtone.simulator.Fleet.generate(200,
                org.dialtone.simulator.Fleet.parseMix(org.dialtone.simulator.Fleet.DEFAULT_MIX + ",groupseries=5"), 42, "0a0b0c");
        org.dialtone.simulator.Report storm = org.dialtone.simulator.Storm.run(fleet, prov, "fleet", secret, true, tls, 16, Duration.ofMinutes(3));
        assertEquals(storm.toText(), 0, storm.errorCount());
        assertEquals(storm.toText(), 200, storm.bootsOk());

        java.net.http.HttpResponse<String> listed = https.get("/api/v1/devices?q=0a0b0c&limit=500", "admin", adminPassword);
        assertEquals(listed.body(), 200, listed.statusCode());
        com.fasterxml.jackson.databind.JsonNode page = new com.fasterxml.jackson.databind.ObjectMapper().readTree(listed.body());
        java.util.Map<String, String> models = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode d : page.get("items")) {
            String identity = d.get("serialIdentified").asBoolean() ? d.get("serialNumber").asText() : d.get("mac").asText();
            models.put(identity, d.get("family").asText() + "/" + d.get("model").asText());
        }
        for (org.dialtone.simulator.VirtualDevice device : fleet) {
            assertEquals("device " + device.identity() + " was added with its family and model",
                    device.family().driverFamily() + "/" + device.model(), models.get(device.identity()));
        }
    }

    private static boolean sleep() throws InterruptedException {
        Thread.sleep(300);
        return true;
    }
}
