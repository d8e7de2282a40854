package org.dialtone.itests;

import static org.dialtone.itests.Admin.unique;
import static org.dialtone.itests.Admin.uniqueMac;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.dialtone.simulator.restapi.SimulatedPhone;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Scheduled tasks on the distribution as shipped, against simulated phones' REST APIs over real HTTPS (issue 18):
 * each phone first provisions from {@code /prov} and takes the admin password the management baseline gives it, as
 * a real phone does; then tasks act on it.
 */
public class TasksIT {
    private static final int HTTPS_PORT = 25443;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ShippedNode node;
    private static Https https;
    private static String password;
    private static PhoneFleet fleet;
    private static FleetNode server;

    @BeforeClass
    public static void start() throws Exception {
        server = FleetNode.start("tasks", HTTPS_PORT, "perSite = 4\n", java.util.Map.of());
        fleet = server.fleet;
        node = server.node;
        https = server.https;
        password = server.password;
    }

    @AfterClass
    public static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    private static long provisionedPhone(String mac) throws Exception {
        return fleet.provision(node, https, password, mac);
    }

    @Test
    public void aRebootTaskRebootsEachDeviceOnceAndReportsPerDevice() throws Exception {
        String[] macs = {uniqueMac(), uniqueMac()};
        long first = provisionedPhone(macs[0]);
        long second = provisionedPhone(macs[1]);
        long never = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 411\",\"mac\":\"" + uniqueMac() + "\"}"), 201).get("id").asLong();
        JsonNode task = json(rest("POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"device\",\"id\":" + first + "},{\"kind\":\"device\",\"id\":"
                + second + "},{\"kind\":\"device\",\"id\":" + never + "},{\"kind\":\"device\",\"id\":" + first + "}]}"), 201);
        assertTrue(task.get("name").asText(), task.get("name").asText().startsWith("Apply-Reboot-"));
        JsonNode done = awaitDone(task.get("id").asLong());
        assertEquals(done.toString(), 3, done.get("totals").get("total").asInt());
        assertEquals(done.toString(), 2, done.get("totals").get("success").asInt());
        assertEquals(done.toString(), 1, done.get("totals").get("notApplicable").asInt());
        assertEquals("each device rebooted once, though named twice", 1, fleet.phone(macs[0]).resets()[0]);
        assertEquals(1, fleet.phone(macs[1]).resets()[0]);
        JsonNode subTasks = json(rest("GET", "/tasks/" + task.get("id").asLong() + "/sub-tasks", null), 200).get("items");
        JsonNode unreached = subTasks.get(2);
        assertEquals(never, unreached.get("deviceId").asLong());
        assertEquals("NOT_APPLICABLE", unreached.get("result").asText());
        assertTrue(unreached.get("reason").asText(), unreached.get("reason").asText().contains("firmware is not known"));
        JsonNode history = json(rest("GET", "/devices/" + first + "/tasks", null), 200).get("items").get(0);
        assertEquals("SUCCESS", history.get("result").asText());
    }

    @Test
    public void deviceControlsDialSetParametersAndResetThroughTheDeviceApi() throws Exception {
        String mac = uniqueMac();
        long device = provisionedPhone(mac);
        JsonNode dial = json(rest("POST", "/devices/" + device + "/actions/dial", "{\"destination\":\"4711\",\"line\":\"1\",\"type\":\"TEL\"}"), 201);
        assertEquals(1, awaitDone(dial.get("id").asLong()).get("totals").get("success").asInt());
        assertEquals("4711", fleet.phone(mac).calls().get(0).remote());

        JsonNode set = json(rest("POST", "/devices/" + device + "/actions/set-parameters", "{\"up.screenCapture.enabled\":\"1\"}"), 201);
        assertEquals(1, awaitDone(set.get("id").asLong()).get("totals").get("success").asInt());
        assertEquals("1", fleet.phone(mac).parameter("up.screenCapture.enabled"));
        JsonNode read = json(rest("GET", "/devices/" + device + "/parameters?names=up.screenCapture.enabled,apps.restapi.enabled", null), 200);
        assertEquals("the Get tab reads the device now: " + read, "1", read.get("up.screenCapture.enabled").get("value").asText());
        assertEquals("names", json(rest("GET", "/devices/" + device + "/parameters?names=" + "a.b,".repeat(21), null), 400).get("field").asText());

        JsonNode screen = json(rest("POST", "/devices/" + device + "/screen-capture", null), 201);
        assertTrue(screen.toString(), screen.get("name").asText().matches(mac + "_screen_\\d{4}\\.\\d{2}\\.\\d{2}_\\d{6}\\.png"));
        assertEquals("the VVX's second screen capture parameter was set first", "1", fleet.phone(mac).parameter("up.screenCapture.value"));
        HttpResponse<byte[]> png = HttpClient.newBuilder().sslContext(Https.trusting(node.home.resolve("etc/dialtone-tls.p12"),
                Files.readString(node.home.resolve("etc/dialtone-tls.password")).trim())).build().send(HttpRequest.newBuilder(URI.create(
                        "https://localhost:" + HTTPS_PORT + "/api/v1/devices/" + device + "/files/logs/" + screen.get("name").asText()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, png.statusCode());
        assertEquals("kept as PNG", "\u0089PNG", new String(png.body(), 0, 4, StandardCharsets.ISO_8859_1));

        JsonNode reset = json(rest("POST", "/devices/" + device + "/actions/reset", "{\"kind\":\"web\"}"), 201);
        assertEquals(1, awaitDone(reset.get("id").asLong()).get("totals").get("success").asInt());
        assertEquals(List.of("web"), fleet.phone(mac).configResetKinds());

        JsonNode refused = json(rest("POST", "/devices/" + device + "/actions/reset", "{\"kind\":\"everything\"}"), 400);
        assertEquals("arguments.kind", refused.get("field").asText());
        assertEquals("arguments.destination", json(rest("POST", "/devices/" + device + "/actions/dial", "{}"), 400).get("field").asText());
    }

    @Test
    public void anActiveDirectoryPasswordIsSetButNeverShownAndConfigurationsAreReadFromTheDevice() throws Exception {
        String mac = uniqueMac();
        long device = provisionedPhone(mac);
        JsonNode task = json(rest("POST", "/devices/" + device + "/actions/set-parameters", "{\"activeDirectoryPassword\":\"Winter-2026!\"}"), 201);
        assertEquals("Device Control: Set Parameters", task.get("typeTitle").asText());
        assertEquals("the password is not answered back", "(sealed)", task.get("arguments").get("activeDirectoryPassword").asText());
        assertEquals(1, awaitDone(task.get("id").asLong()).get("totals").get("success").asInt());
        assertEquals("Winter-2026!", fleet.phone(mac).parameter("device.logincred.password"));
        String listed = rest("GET", "/tasks?type=set-parameters&limit=100", null).body();
        assertFalse("no list shows it: " + listed, listed.contains("Winter-2026!"));
        assertEquals("arguments.activeDirectoryPassword", json(rest("POST", "/devices/" + device + "/actions/set-parameters",
                "{\"activeDirectoryPassword\":\"x\",\"reg.1.label\":\"y\"}"), 400).get("field").asText());

        JsonNode local = json(rest("POST", "/devices/" + device + "/configurations?kind=local", null), 201);
        assertTrue(local.toString(), local.get("name").asText().matches(mac + "_configuration-local_\\d{4}\\.\\d{2}\\.\\d{2}_\\d{6}\\.cfg"));
        String exported = rest("GET", "/devices/" + device + "/files/logs/" + local.get("name").asText(), null).body();
        assertTrue("the device's own export, with what it was set: " + exported, exported.contains("<PHONE_CONFIG>")
                && exported.contains("device.logincred.password.set=\"1\""));
        JsonNode settings = json(rest("POST", "/devices/" + device + "/configurations?kind=device", null), 201);
        assertTrue(settings.toString(), settings.get("name").asText().endsWith(".json"));
        assertEquals("kind", json(rest("POST", "/devices/" + device + "/configurations?kind=everything", null), 400).get("field").asText());
    }

    @Test
    public void tasksSurviveARestartOfTheServer() throws Exception {
        List<String> macs = new java.util.ArrayList<>();
        StringBuilder targets = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            String mac = uniqueMac();
            macs.add(mac);
            targets.append(i == 0 ? "" : ",").append("{\"kind\":\"device\",\"id\":").append(provisionedPhone(mac)).append('}');
            fleet.phone(mac).slowness(5000);
        }
        String lateMac = uniqueMac();
        long late = provisionedPhone(lateMac);
        JsonNode scheduled = json(rest("POST", "/tasks", "{\"type\":\"reboot\",\"runAt\":\"" + Instant.now().plusSeconds(20)
                + "\",\"targets\":[{\"kind\":\"device\",\"id\":" + late + "}]}"), 201);
        JsonNode running = json(rest("POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[" + targets + "]}"), 201);
        Eventually.holds(Duration.ofSeconds(30), () -> assertEquals("EXECUTING", json(rest("GET", "/tasks/" + running.get("id").asLong(), null), 200)
                .get("state").asText()));

        node.stop();
        try {
            assertTrue("the stop came before the task was done", macs.stream().anyMatch(mac -> fleet.phone(mac).resets()[0] == 0));
        } finally {
            node.start();
            https.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
            Eventually.holds(Duration.ofSeconds(60), () -> assertEquals(200, rest("GET", "/tasks", null).statusCode()));
        }

        JsonNode done = awaitDone(running.get("id").asLong());
        macs.forEach(mac -> fleet.phone(mac).slowness(0));
        assertEquals(done.toString(), 8, done.get("totals").get("success").asInt());
        int reboots = 0;
        for (String mac : macs) {
            assertTrue(mac + " was rebooted", fleet.phone(mac).resets()[0] >= 1);
            reboots += fleet.phone(mac).resets()[0];
        }
        // A call cut short by the stop is made again: at most the calls under way then (perSite = 4) are repeated.
        assertTrue(reboots + " reboots for 8 devices", reboots <= 8 + 4);
        assertEquals("the task scheduled before the restart ran after it", 1, awaitDone(scheduled.get("id").asLong()).get("totals").get("success").asInt());
        assertEquals(1, fleet.phone(lateMac).resets()[0]);
    }

    @Test
    public void aPacketCaptureStoppedIsKeptAndOneCancelledIsNot() throws Exception {
        String mac = uniqueMac();
        long device = provisionedPhone(mac);
        String captures = "/devices/" + device + "/packet-captures";
        JsonNode off = json(rest("POST", captures, "{\"filter\":\"udp port 5060\",\"sizeMb\":2,\"minutes\":30}"), 409);
        assertTrue("the guide's precondition is named: " + off, off.get("detail").asText().contains("set diags.pcap.enabled to 1"));
        assertEquals("minutes", json(rest("POST", captures, "{\"minutes\":2881}"), 400).get("field").asText());
        assertEquals("sizeMb", json(rest("POST", captures, "{\"sizeMb\":11}"), 400).get("field").asText());
        JsonNode enable = json(rest("POST", "/devices/" + device + "/actions/set-parameters", "{\"diags.pcap.enabled\":\"1\"}"), 201);
        awaitDone(enable.get("id").asLong());

        JsonNode started = json(rest("POST", captures, "{\"filter\":\"udp port 5060\",\"sizeMb\":2,\"minutes\":30}"), 201);
        assertEquals("CAPTURING", started.get("state").asText());
        assertEquals(Instant.parse(started.get("startedAt").asText()).plusSeconds(1800), Instant.parse(started.get("endsAt").asText()));
        SimulatedPhone phone = fleet.phone(mac);
        assertEquals("udp port 5060", phone.parameter("diags.pcap.filter.1"));
        assertEquals("1", phone.parameter("diags.pcap.background.enabled"));
        assertEquals("one capture at a time", 409, rest("POST", captures, "{}").statusCode());

        assertEquals("UPLOADING", json(rest("POST", captures + "/stop", null), 200).get("state").asText());
        JsonNode[] kept = new JsonNode[1];
        Eventually.holds(Duration.ofSeconds(30), () -> {
            kept[0] = json(rest("GET", captures, null), 200).get(0);
            assertEquals(kept[0].toString(), "DONE", kept[0].get("state").asText());
        });
        String name = kept[0].get("fileName").asText();
        assertTrue(name, name.matches(mac + "_\\d{4}\\.\\d{2}\\.\\d{2}_\\d{6}\\.pcap\\.tar\\.gz"));
        HttpResponse<byte[]> file = HttpClient.newBuilder().sslContext(Https.trusting(node.home.resolve("etc/dialtone-tls.p12"),
                Files.readString(node.home.resolve("etc/dialtone-tls.password")).trim())).build().send(HttpRequest.newBuilder(URI.create(
                        "https://localhost:" + HTTPS_PORT + "/api/v1/devices/" + device + "/files/logs/" + name))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, file.statusCode());
        String content = new String(new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(file.body())).readAllBytes(), StandardCharsets.UTF_8);
        assertEquals("the file the device sent", "pcap of " + mac + " filtered by udp port 5060", content);
        Eventually.holds(Duration.ofSeconds(10), () -> assertEquals("capturing is switched off once the file is in", "0",
                phone.parameter("diags.pcap.background.enabled")));

        json(rest("POST", captures, "{\"minutes\":5}"), 201);
        JsonNode cancelled = json(rest("POST", captures + "/cancel", null), 200);
        assertEquals("CANCELLED", cancelled.get("state").asText());
        assertEquals("0", phone.parameter("diags.pcap.background.enabled"));
        assertEquals(409, rest("POST", captures + "/stop", null).statusCode());
        String logs = rest("GET", "/devices/" + device + "/files", null).body();
        assertEquals("only the stopped capture's file is kept: " + logs, 1, logs.split("\\.pcap\\.tar\\.gz", -1).length - 1);
        Eventually.holds(Duration.ofSeconds(10), () -> assertEquals("the device's upload was taken", List.of(201), phone.capturesSent()));
        assertEquals("an address no capture has", 410, https.send("PUT", "/device-captures/" + "A".repeat(43), null, null, "application/octet-stream", "x")
                .statusCode());

        json(rest("POST", captures, "{\"minutes\":1}"), 201);
        Eventually.holds(Duration.ofSeconds(120), () -> {
            JsonNode latest = json(rest("GET", captures, null), 200).get(0);
            assertEquals("a capture ends when its time runs out: " + latest, "DONE", latest.get("state").asText());
        });
        // The server marks the capture done as it takes the file; the phone records the answer a moment later.
        Eventually.holds(Duration.ofSeconds(10), () -> assertEquals(List.of(201, 201), phone.capturesSent()));
    }

    @Test
    public void aDeviceThatFailsTheCallIsAFailureWithTheDevicesAnswer() throws Exception {
        String failing = uniqueMac();
        String fine = uniqueMac();
        long failingId = provisionedPhone(failing);
        long fineId = provisionedPhone(fine);
        fleet.phone(failing).failNext("5000", 1);
        JsonNode task = json(rest("POST", "/tasks", "{\"type\":\"dial\",\"arguments\":{\"destination\":\"100\"},\"targets\":[{\"kind\":\"device\",\"id\":"
                + failingId + "},{\"kind\":\"device\",\"id\":" + fineId + "}]}"), 201);
        JsonNode done = awaitDone(task.get("id").asLong());
        assertEquals(done.toString(), 1, done.get("totals").get("success").asInt());
        assertEquals(done.toString(), 1, done.get("totals").get("failure").asInt());
        JsonNode history = json(rest("GET", "/tasks/device/" + failingId, null), 200).get("items").get(0);
        assertEquals("FAILURE", history.get("result").asText());
        assertEquals("the device answered Status 5000", history.get("reason").asText());
        assertTrue("the failing phone placed no call", fleet.phone(failing).calls().isEmpty());
    }

    @Test
    public void aBusyDeviceIsTriedAgainUntilItAnswers() throws Exception {
        String mac = uniqueMac();
        long device = provisionedPhone(mac);
        SimulatedPhone phone = fleet.phone(mac);
        phone.slowness(1500);
        HttpClient direct = HttpClient.newBuilder().sslContext(trustAll()).build();
        // Another client keeps the phone's one request slot busy while the task's first attempt arrives.
        java.util.concurrent.CompletableFuture<HttpResponse<String>> other = direct.sendAsync(HttpRequest.newBuilder(URI.create(
                        fleet.api.baseUrl(mac) + "/api/v1/mgmt/device/info")).header("Authorization", "Basic "
                        + Base64.getEncoder().encodeToString(("Polycom:" + fleet.password(mac)).getBytes(StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        Thread.sleep(200);
        JsonNode task = json(rest("POST", "/devices/" + device + "/actions/reboot", "{}"), 201);
        JsonNode done = awaitDone(task.get("id").asLong());
        other.get();
        phone.slowness(0);
        assertEquals(done.toString(), 1, done.get("totals").get("success").asInt());
        assertTrue("the first attempt found the device busy", phone.refusedWhileBusy() >= 1);
        assertEquals(1, phone.resets()[0]);
    }

    @Test
    public void aScheduledTaskIsEditedOnlyBeforeItRunsAndDeletedUnlessItRuns() throws Exception {
        String mac = uniqueMac();
        long device = provisionedPhone(mac);
        String later = Instant.now().plusSeconds(3600).toString();
        JsonNode task = json(rest("POST", "/tasks", "{\"type\":\"reboot\",\"name\":\"Night reboot\",\"runAt\":\"" + later
                + "\",\"targets\":[{\"kind\":\"device\",\"id\":" + device + "}]}"), 201);
        long id = task.get("id").asLong();
        assertEquals("SCHEDULED", task.get("state").asText());
        JsonNode renamed = json(rest("PUT", "/tasks/" + id, "{\"name\":\"Reboot " + unique("n") + "\",\"expectedVersion\":" + task.get("version").asLong() + "}"), 200);
        assertTrue(renamed.get("name").asText().startsWith("Reboot "));
        assertEquals(409, rest("PUT", "/tasks/" + id, "{\"name\":\"x\",\"expectedVersion\":" + task.get("version").asLong() + "}").statusCode());
        JsonNode listed = json(rest("GET", "/tasks?type=reboot&state=scheduled", null), 200);
        assertTrue(listed.toString(), listed.toString().contains(renamed.get("name").asText()));
        assertEquals("a scheduled task is not cancelled but deleted", 409, rest("POST", "/tasks/" + id + "/cancel", null).statusCode());

        json(rest("PUT", "/tasks/" + id, "{\"runAt\":\"" + Instant.now().minusSeconds(1) + "\"}"), 200);
        awaitDone(id);
        assertEquals(409, rest("PUT", "/tasks/" + id, "{\"name\":\"too late\"}").statusCode());
        assertEquals(1, fleet.phone(mac).resets()[0]);
        assertEquals(204, rest("DELETE", "/tasks/" + id, null).statusCode());
        assertEquals(404, rest("GET", "/tasks/" + id, null).statusCode());
        assertEquals("targets[0].id", json(rest("POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"site\",\"id\":999999}]}"), 400)
                .get("field").asText());
        assertEquals("type", json(rest("POST", "/tasks", "{\"type\":\"explode\",\"targets\":[]}"), 400).get("field").asText());
    }

    @Test
    public void cancellingAnExecutingTaskStopsTheDevicesNotYetReached() throws Exception {
        long group = json(rest("POST", "/device-groups", "{\"name\":\"" + unique("Slow") + "\"}"), 201).get("id").asLong();
        List<String> macs = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String mac = uniqueMac();
            long device = provisionedPhone(mac);
            fleet.phone(mac).slowness(5000);
            macs.add(mac);
            json(rest("POST", "/device-groups/" + group + "/devices", "{\"add\":[" + device + "]}"), 200);
        }
        JsonNode task = json(rest("POST", "/tasks", "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"group\",\"id\":" + group + "}]}"), 201);
        long id = task.get("id").asLong();
        Eventually.holds(Duration.ofSeconds(20), () -> assertEquals("EXECUTING", json(rest("GET", "/tasks/" + id, null), 200).get("state").asText()));
        JsonNode cancelled = json(rest("POST", "/tasks/" + id + "/cancel", null), 200);
        assertEquals("CANCELLED", cancelled.get("state").asText());
        assertEquals("an executing task cannot be deleted", 409, rest("DELETE", "/tasks/" + id, null).statusCode());
        Eventually.holds(Duration.ofSeconds(30), () -> assertTrue(json(rest("GET", "/tasks/" + id, null), 200).hasNonNull("finishedAt")));
        JsonNode totals = json(rest("GET", "/tasks/" + id, null), 200).get("totals");
        long rebooted = macs.stream().filter(m -> fleet.phone(m).resets()[0] == 1).count();
        assertEquals(totals.toString(), rebooted, totals.get("success").asLong());
        assertTrue("the site limit of 4 left devices to cancel: " + totals, rebooted <= 4 && totals.get("total").asLong() == 8);
        JsonNode subTasks = json(rest("GET", "/tasks/" + id + "/sub-tasks?limit=20", null), 200);
        long cancelledDevices = 0;
        for (JsonNode sub : subTasks.get("items")) {
            cancelledDevices += sub.get("result").asText().equals("CANCELLED") ? 1 : 0;
        }
        assertEquals("the devices not yet reached are cancelled: " + subTasks, 8 - rebooted, cancelledDevices);
        macs.forEach(m -> fleet.phone(m).slowness(0));
    }

    /** Issue 18: "apply now" after a deployment change is a task that check-syncs the phones, which then fetch the change. */
    @Test
    public void applyNowMakesThePhonesFetchTheirNewConfiguration() throws Exception {
        String mac = uniqueMac();
        long phone = provisionedPhone(mac);
        long unseen = json(rest("POST", "/devices", "{\"type\":\"VVX\",\"model\":\"VVX 411\",\"mac\":\"" + uniqueMac() + "\"}"), 201).get("id").asLong();
        String tag = unique("Lobby");
        long profile = json(rest("POST", "/profiles", "{\"name\":\"" + tag + "\",\"attributes\":[{\"name\":\"reg.1.displayName\",\"value\":\""
                + tag + "\"}]}"), 201).get("id").asLong();
        long group = json(rest("POST", "/device-groups", "{\"name\":\"" + tag + "\"}"), 201).get("id").asLong();
        json(rest("POST", "/device-groups/" + group + "/devices", "{\"add\":[" + phone + "," + unseen + "]}"), 200);

        JsonNode change = json(rest("PUT", "/deployment/group/" + group + "/profiles?apply=now", "{\"profileIds\":[" + profile + "]}"), 200);
        assertTrue(change.toString(), change.hasNonNull("taskId"));
        JsonNode done = awaitDone(change.get("taskId").asLong());
        assertEquals("APPLY_CHANGES", done.get("type").asText());
        assertEquals(done.toString(), 1, done.get("totals").get("success").asInt());
        assertEquals(done.toString(), 1, done.get("totals").get("notApplicable").asInt());
        assertEquals(1, fleet.phone(mac).checkSyncs());
        Eventually.holds(Duration.ofSeconds(10), () -> assertTrue("the phone fetched the change after check-sync",
                String.valueOf(fleet.configAfterCheckSync(mac)).contains(tag)));

        JsonNode nextPoll = json(rest("PUT", "/deployment/group/" + group + "/profiles", "{\"profileIds\":[]}"), 200);
        assertTrue("the next poll needs no task: " + nextPoll, !nextPoll.hasNonNull("taskId"));
        String at = Instant.now().plusSeconds(3600).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
        JsonNode scheduled = json(rest("PUT", "/deployment/group/" + group + "/profiles?apply=scheduled&applyAt=" + at, "{\"profileIds\":[" + profile + "]}"), 200);
        JsonNode task = json(rest("GET", "/tasks/" + scheduled.get("taskId").asLong(), null), 200);
        assertEquals("SCHEDULED", task.get("state").asText());
        assertEquals(at, task.get("runAt").asText());
        assertEquals(204, rest("DELETE", "/tasks/" + task.get("id").asLong(), null).statusCode());
    }

    private static JsonNode awaitDone(long id) throws Exception {
        JsonNode[] last = new JsonNode[1];
        Eventually.holds(Duration.ofSeconds(60), () -> {
            last[0] = json(rest("GET", "/tasks/" + id, null), 200);
            assertEquals(last[0].toString(), "DONE", last[0].get("state").asText());
        });
        return last[0];
    }

    private static javax.net.ssl.SSLContext trustAll() throws Exception {
        javax.net.ssl.SSLContext context = javax.net.ssl.SSLContext.getInstance("TLS");
        context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
            public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
            }

            public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                return new java.security.cert.X509Certificate[0];
            }
        }}, null);
        return context;
    }

    private static HttpResponse<String> rest(String method, String path, String body) throws Exception {
        return https.send(method, "/api/v1" + path, "admin", password, body == null ? null : "application/json", body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }
}
