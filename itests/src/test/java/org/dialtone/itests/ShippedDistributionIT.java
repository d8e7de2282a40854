package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
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
    private Path home;
    private Process karaf;

    @Before
    public void unpack() throws Exception {
        Path target = Path.of("target", "shipped").toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        String tarball = System.getProperty("dialtone.distribution");
        run(target, "tar", "xzf", new File(tarball).getAbsolutePath());
        try (var entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure = 8443", "org.osgi.service.http.port.secure = " + HTTPS_PORT);
        replace("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = 28101");
        replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = 1099", "rmiRegistryPort = 21099");
        replace("etc/org.apache.karaf.management.cfg", "rmiServerPort = 44444", "rmiServerPort = 24444");
    }

    @After
    public void stop() throws Exception {
        if (karaf == null) {
            return;
        }
        // bin/karaf is a script: the JVM is its child, and must be found before the script goes.
        List<ProcessHandle> processes = new ArrayList<>(karaf.descendants().toList());
        processes.add(karaf.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }

    @Test
    public void firstStartAsShippedServesTheApiWithEverythingUp() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        karaf = builder.start();

        Https https = client(Duration.ofSeconds(90));
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

    /**
     * The first start ends with a feature pass that may refresh the JPA bundles (README: feature auto-refresh),
     * which takes the services away for a second or two: wait, bounded, until the features service has been quiet
     * for three seconds after a finished pass.
     */
    private void awaitFeaturesSettled() throws Exception {
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            List<String> passes = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("| FeaturesServiceImpl")).toList();
            String now = passes.isEmpty() ? "" : passes.get(passes.size() - 1);
            if (!now.equals(last)) {
                last = now;
                quietSince = System.nanoTime();
            } else if (now.endsWith("Done.") && System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the features service did not settle within 90 s; see " + log);
    }

    /** The simulator's boot storm as a correctness test: every device provisioned and added with its model. */
    private void aSmallFleetOfEveryFamilyBootsWithoutAnError(Https https, String adminPassword) throws Exception {
        awaitFeaturesSettled();
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

        com.fasterxml.jackson.databind.JsonNode page = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                https.get("/api/v1/devices?q=0a0b0c&limit=500", "admin", adminPassword).body());
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

    /** A client trusting the certificate the first start generates, once it is there and complete. */
    private Https client(Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline && karaf.isAlive()) {
            try {
                return new Https(HTTPS_PORT, home.resolve("etc"));
            } catch (IOException | java.security.GeneralSecurityException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the first start created no usable TLS keystore; see " + home.resolve("console.log"), last);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains '" + from + "'; update this test's port changes");
        }
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
