package org.dialtone.itests;

import static org.dialtone.itests.Admin.uniqueMac;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.dialtone.simulator.restapi.SimulatedPhone;
import org.dialtone.simulator.restapi.TelephonyEvents;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Device status on the distribution as shipped (issue 19): simulated phones provision, take the management baseline
 * (which has them post telephony events to Dialtone) and answer status polls on their REST API.
 */
public class MonitoringIT {
    private static final int HTTPS_PORT = 26443;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static ShippedNode node;
    private static Https https;
    private static String password;
    private static PhoneFleet fleet;
    private static FleetNode server;
    private static com.sun.net.httpserver.HttpServer webhook;
    private static com.icegreen.greenmail.util.GreenMail mail;
    private static final List<String> posted = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeClass
    public static void start() throws Exception {
        // A device silent for 20 s is offline here, so that the test sees one go and come back.
        webhook = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
        webhook.createContext("/hook", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        webhook.start();
        int smtp;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            smtp = free.getLocalPort();
        }
        mail = new com.icegreen.greenmail.util.GreenMail(new com.icegreen.greenmail.util.ServerSetup(smtp, "127.0.0.1", "smtp"));
        mail.start();
        server = FleetNode.start("monitoring", HTTPS_PORT, "", java.util.Map.of("org.dialtone.monitoring.cfg",
                "offlineAfterSeconds = 20\nsweepSeconds = 1\npollLookSeconds = 1\neventsPerMinute = 60\nauthenticationFailures = 5\nalertMailTo = ops@example.com\nsmtpHost = 127.0.0.1\nsmtpPort = "
                        + smtp + "\nsmtpFrom = dialtone@example.com\nalertWebhook = http://127.0.0.1:"
                        + webhook.getAddress().getPort() + "/hook\n"));
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
        if (webhook != null) {
            webhook.stop(0);
        }
        if (mail != null) {
            mail.stop();
        }
    }

    @Test
    public void pushedEventsChangeRegistrationAndCallStatusAtOnce() throws Exception {
        String mac = uniqueMac();
        long device = fleet.provision(node, https, password, mac);
        TelephonyEvents events = fleet.phone(mac).events();
        assertEquals("UNKNOWN", status(device).get("registration").asText());

        assertEquals(204, events.lineRegistration(1, true));
        JsonNode registered = status(device);
        assertEquals(registered.toString(), "REGISTERED", registered.get("registration").asText());
        assertEquals("EVENT", registered.get("heardFrom").asText());
        assertEquals("LineRegistrationEvent", registered.get("lastEvent").asText());
        assertEquals("LICENSED", registered.get("licence").asText());
        assertEquals(1, listed("registration=registered&q=" + mac));

        assertEquals(204, events.callState(1, "1001@example.com", "41aa9c00", "Connected", "Outgoing"));
        JsonNode inCall = status(device);
        assertEquals(inCall.toString(), "IN_CALL", inCall.get("callStatus").asText());
        assertEquals("Connected", inCall.get("lines").get(0).get("callState").asText());
        assertEquals("1001@example.com", inCall.get("sipUri").asText());
        assertEquals(1, listed("callStatus=in_call&q=" + mac));
        assertEquals(0, listed("callStatus=idle&q=" + mac));

        assertEquals(204, events.callState(1, "1001@example.com", "41aa9c00", "Free", "Outgoing"));
        assertEquals("IDLE", status(device).get("callStatus").asText());
        assertEquals(204, events.userLogin("jdoe"));
        assertEquals("jdoe", status(device).get("userLoggedIn").asText());
        assertEquals(204, events.lineRegistration(1, false));
        assertEquals("UNREGISTERED", status(device).get("registration").asText());
        JsonNode lost = json(rest("GET", "/alerts?state=open&kind=registration_lost&deviceId=" + device, null), 200).get("items").get(0);
        assertTrue(lost.toString(), lost.get("message").asText().contains("lost its SIP registration"));
        assertEquals(204, events.lineRegistration(1, true));
        assertEquals("registered again: the alert is cleared", "CLEARED",
                json(rest("GET", "/alerts?kind=registration_lost&deviceId=" + device, null), 200).get("items").get(0).get("state").asText());
        assertEquals(204, events.lineRegistration(1, false));
        assertEquals("the Device Monitor sorts by registration", 200, rest("GET", "/devices?sort=registration&order=desc", null).statusCode());
        assertEquals("registration", json(rest("GET", "/devices?registration=sometimes", null), 400).get("field").asText());
    }

    @Test
    public void eventsThatAreNotAPhonesAreRefusedAndChangeNothing() throws Exception {
        String mac = uniqueMac();
        long device = fleet.provision(node, https, password, mac);
        TelephonyEvents events = fleet.phone(mac).events();
        assertEquals(204, events.lineRegistration(1, true));
        assertEquals("a DOCTYPE is refused", 400, events.raw("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<PolycomIPPhone><LineUnregistrationEvent><MACAddress>" + mac + "</MACAddress><LineNumber>1</LineNumber>"
                + "</LineUnregistrationEvent></PolycomIPPhone>"));
        assertEquals(400, events.raw("<html>not an event</html>"));
        assertEquals("too large", 413, events.raw("<PolycomIPPhone>" + "x".repeat(20_000) + "</PolycomIPPhone>"));
        assertEquals("a device that is not in the inventory", 404, new TelephonyEvents(events.url(), client(), uniqueMac()).lineRegistration(1, true));
        String wrongToken = events.url().replaceAll("/device-events/.*", "/device-events/" + "A".repeat(43));
        assertEquals("a wrong token is a missing address", 404, new TelephonyEvents(wrongToken, client(), mac).lineRegistration(1, false));
        assertEquals("REGISTERED", status(device).get("registration").asText());
    }

    @Test
    public void aPhonePostingTooFastIsHeldToItsRate() throws Exception {
        String mac = uniqueMac();
        fleet.provision(node, https, password, mac);
        TelephonyEvents events = fleet.phone(mac).events();
        int refused = 0;
        for (int i = 0; i < 30; i++) {
            refused += events.lineRegistration(1, true) == 429 ? 1 : 0;
        }
        assertTrue("a burst beyond a fifth of 60 a minute is refused: " + events.answers(), refused >= 10);
        String other = uniqueMac();
        fleet.provision(node, https, password, other);
        assertEquals("another phone posts on", 204, fleet.phone(other).events().lineRegistration(1, true));
    }

    @Test
    public void aPollFillsLinesCallsAndUptime() throws Exception {
        String mac = uniqueMac();
        long device = fleet.provision(node, https, password, mac, List.of(new SimulatedPhone.Line(1, "2001@example.com", true),
                new SimulatedPhone.Line(2, "2002@example.com", false)));
        fleet.phone(mac).events(null); // what this phone's status becomes is the polls' doing alone
        long dial = json(rest("POST", "/devices/" + device + "/actions/dial", "{\"destination\":\"4711\",\"line\":\"1\"}"), 201).get("id").asLong();
        JsonNode[] task = new JsonNode[1];
        Eventually.holds(Duration.ofSeconds(60), () -> {
            task[0] = json(rest("GET", "/tasks/" + dial + "/sub-tasks", null), 200);
            assertEquals(task[0].toString(), "SUCCESS", task[0].get("items").get(0).get("result").asText());
        });
        assertEquals(1, fleet.phone(mac).calls().size());
        JsonNode polled = json(rest("POST", "/devices/" + device + "/status/refresh", null), 200);
        assertEquals(polled.toString(), "OK", polled.get("pollResult").asText());
        assertEquals(polled.toString(), "PARTIAL", polled.get("registration").asText());
        assertEquals("IN_CALL", polled.get("callStatus").asText());
        assertEquals(2, polled.get("lines").size());
        assertEquals("2002@example.com", polled.get("lines").get(1).get("address").asText());
        assertEquals("UNREGISTERED", polled.get("lines").get(1).get("registration").asText());
        assertTrue(polled.get("lines").get(0).get("inCall").asBoolean());
        assertEquals("Connected", polled.get("lines").get(0).get("callState").asText());
        assertTrue(!polled.get("lines").get(1).get("inCall").asBoolean());
        assertEquals("the simulator's uptime, 0 days 0:12:25", 745, polled.get("uptimeSeconds").asLong());
        assertEquals("the last restart is the uptime before the poll",
                java.time.Instant.parse(polled.get("polledAt").asText()).minusSeconds(745), java.time.Instant.parse(polled.get("lastRebootAt").asText()));

        fleet.phone(mac).hangUp();
        JsonNode due = json(rest("POST", "/devices/refresh?q=" + mac, null), 200);
        assertEquals("a filter's devices are due a poll now", 1, due.get("due").asInt());
        Eventually.holds(Duration.ofSeconds(30), () -> assertEquals("IDLE", status(device).get("callStatus").asText()));
    }

    @Test
    public void aSilentDeviceGoesOfflineAndComesBackWhenItIsHeard() throws Exception {
        String mac = uniqueMac();
        long device = fleet.provision(node, https, password, mac);
        assertEquals("ONLINE", status(device).get("status").asText());
        Eventually.holds(Duration.ofSeconds(60), () -> assertEquals("OFFLINE", status(device).get("status").asText()));
        JsonNode offline = status(device).get("changes").get(0);
        assertEquals("OFFLINE", offline.get("status").asText());
        assertTrue(offline.toString(), offline.get("reason").asText().contains("nothing heard from it since"));
        assertEquals(1, listed("status=offline&q=" + mac));
        JsonNode alert = json(rest("GET", "/alerts?state=open&kind=device_offline&deviceId=" + device, null), 200).get("items").get(0);
        Eventually.holds(Duration.ofSeconds(20), () -> assertTrue("the webhook got the alert: " + posted,
                posted.stream().anyMatch(p -> p.contains("\"DEVICE_OFFLINE\"") && p.contains("\"deviceId\":" + device))));
        assertTrue("the alert was mailed", mailed("[Dialtone] Device offline: " + device).contains("went offline"));
        JsonNode acknowledged = json(rest("POST", "/alerts/" + alert.get("id").asLong() + "/acknowledge", null), 200);
        assertEquals("ACKNOWLEDGED", acknowledged.get("state").asText());
        assertEquals("admin", acknowledged.get("acknowledgedBy").asText());

        assertEquals(204, fleet.phone(mac).events().lineRegistration(1, true));
        JsonNode back = status(device);
        assertEquals("ONLINE", back.get("status").asText());
        assertEquals("heard from by event", back.get("changes").get(0).get("reason").asText());
        JsonNode cleared = json(rest("GET", "/alerts?kind=device_offline&deviceId=" + device, null), 200).get("items").get(0);
        assertEquals("back online: the alert is cleared", "CLEARED", cleared.get("state").asText());
        assertEquals("dialtone", cleared.get("clearedBy").asText());
        assertEquals(404, rest("POST", "/alerts/999999999/acknowledge", null).statusCode());
        assertEquals("state", json(rest("GET", "/alerts?state=sometimes", null), 400).get("field").asText());
    }

    @Test
    public void aSitePolledMoreOftenGivesItsDevicesPlacesInItsOwnInterval() throws Exception {
        String mac = uniqueMac();
        long device = fleet.provision(node, https, password, mac);
        String site = "{\"name\":\"Polled often %s\",\"pollIntervalMinutes\":%s,\"publicSubnets\":[{\"ipAddress\":\"127.0.0.1\",\"maskLength\":32}]}";
        assertEquals("pollIntervalMinutes", json(rest("POST", "/sites", String.format(site, mac, "2")), 400).get("field").asText());
        JsonNode created = json(rest("POST", "/sites", String.format(site, mac, "5")), 201);
        try {
            assertEquals(5, created.get("pollIntervalMinutes").asInt());
            // Created after the device had its place in the installation's 120 minutes; editing the interval moves it.
            String edited = String.format(site, mac, "6").replace("}]}", "}],\"expectedVersion\":" + created.get("version").asLong() + "}");
            assertEquals(6, json(rest("PUT", "/sites/" + created.get("id").asLong(), edited), 200).get("pollIntervalMinutes").asInt());
            Eventually.holds(Duration.ofSeconds(30), () -> {
                JsonNode status = status(device);
                assertTrue(status.toString(), status.hasNonNull("nextPollAt") && java.time.Instant.parse(status.get("nextPollAt").asText())
                        .isBefore(java.time.Instant.now().plus(Duration.ofMinutes(6)).plusSeconds(5)));
            });
        } finally {
            rest("DELETE", "/sites/" + created.get("id").asLong(), null);
        }
    }

    @Test
    public void metricsCountProvisioningDevicesAndEventsForPrometheus() throws Exception {
        String mac = uniqueMac();
        fleet.provision(node, https, password, mac);
        assertEquals(204, fleet.phone(mac).events().lineRegistration(1, true));
        assertEquals("behind the API's authentication", 401, https.send("GET", "/api/v1/metrics", null, null, null, null).statusCode());
        HttpResponse<String> scrape = rest("GET", "/metrics", null);
        assertEquals(200, scrape.statusCode());
        assertTrue(scrape.headers().firstValue("Content-Type").orElse(""), scrape.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String text = scrape.body();
        assertTrue(text, text.matches("(?s).*\\ndialtone_provisioning_requests_total\\{status=\"200\"\\} [1-9].*"));
        assertTrue(text, text.contains("# TYPE dialtone_provisioning_request_seconds histogram") && text.contains("dialtone_provisioning_request_seconds_bucket{le=\"+Inf\"}"));
        assertTrue(text, text.matches("(?s).*\\ndialtone_devices\\{status=\"online\"\\} [1-9].*"));
        assertTrue(text, text.matches("(?s).*\\ndialtone_device_events_total\\{outcome=\"applied\"\\} [1-9].*"));
        assertTrue(text, text.contains("dialtone_alerts_open{kind=\"device_offline\"}") && text.contains("dialtone_tasks{state=\"done\"}"));
    }

    @Test
    public void repeatedWrongProvisioningCredentialsFromOneAddressRaiseOneAlert() throws Exception {
        for (int i = 0; i < 7; i++) {
            assertEquals(401, https.send("GET", "/prov/" + uniqueMac() + ".cfg", PhoneFleet.USER, "guess-" + i, null, null).statusCode());
        }
        JsonNode open = json(rest("GET", "/alerts?state=open&kind=provisioning_authentication_failures", null), 200);
        assertEquals(open.toString(), 1, open.get("total").asInt());
        assertTrue(open.toString(), open.get("items").get(0).get("message").asText().contains("5 provisioning requests from "));
    }

    /**
     * Issue 20: wrong passwords from one address make it wait, growing, and raise an alert; an account that signed in a
     * moment ago and an API token keep working meanwhile, and the account guessed at is not locked.
     */
    @Test
    public void guessingPasswordsHoldsTheAddressBackButNotGoodClients() throws Exception {
        String name = "guarded-" + uniqueMac();
        String secret = new StringBuilder(name).reverse() + "-Pass";
        json(rest("POST", "/accounts", "{\"name\":\"" + name + "\",\"role\":\"OPERATOR\",\"password\":\"" + secret + "\"}"), 201);
        String guessed = "guessed-" + uniqueMac();
        String guessedSecret = new StringBuilder(guessed).reverse() + "-Pass";
        json(rest("POST", "/accounts", "{\"name\":\"" + guessed + "\",\"role\":\"VIEWER\",\"password\":\"" + guessedSecret + "\"}"), 201);
        assertEquals(200, https.get("/api/v1/account", name, secret).statusCode());
        String token = json(https.send("POST", "/api/v1/account/tokens", name, secret, "application/json",
                "{\"label\":\"monitor\",\"expiresInDays\":1}"), 201).get("secret").asText();
        int refused = 0;
        HttpResponse<String> answer;
        do {
            answer = https.get("/api/v1/account", guessed, "guess-" + refused);
            refused++;
        } while (answer.statusCode() == 401 && refused < 10);
        assertEquals(answer.body(), 429, answer.statusCode());
        assertEquals("five wrong passwords are free", 6, refused);
        assertTrue(answer.body(), answer.body().contains("Too many failed sign-ins from 127.0.0.1"));
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
        assertTrue("waits at least a second: " + retryAfter, retryAfter >= 1);
        assertEquals("even the right password waits while the address is held back", 429, https.get("/api/v1/account", guessed, guessedSecret).statusCode());
        assertEquals("a password checked a moment ago still works", 200, https.get("/api/v1/account", name, secret).statusCode());
        assertEquals("a token still works", 200, https.bearer("GET", "/api/v1/account", token, null, null).statusCode());
        JsonNode alert = json(https.get("/api/v1/alerts?state=open&kind=sign_in_failures", name, secret), 200).get("items").get(0);
        assertEquals("127.0.0.1", alert.get("subject").asText());
        Thread.sleep(Duration.ofSeconds(retryAfter).toMillis() + 200);
        assertEquals("the wait over, the account guessed at was never locked", 200, https.get("/api/v1/account", guessed, guessedSecret).statusCode());
    }

    /**
     * Issue 20: wrong provisioning credentials from one address hold back sign-ins from there by names not seen there
     * (503, Retry-After); the fleet's phones, which signed in from that address, keep provisioning meanwhile, new ones too.
     */
    @Test
    public void guessingTheProvisioningAccountHoldsTheGuesserBackButNotTheSitesPhones() throws Exception {
        assertSignedIn("the site's account signs in", https.send("GET", "/prov/" + uniqueMac() + ".cfg", PhoneFleet.USER, PhoneFleet.SECRET, null, null));
        int guesses = 0;
        HttpResponse<String> answer;
        do {
            answer = https.send("GET", "/prov/" + uniqueMac() + ".cfg", "PlcmSpIp", "guess-" + guesses, null, null);
            guesses++;
        } while (answer.statusCode() == 401 && guesses < 30);
        assertEquals(answer.body(), 503, answer.statusCode());
        assertTrue("ten wrong ones (with the other tests' from this address) are free: " + guesses, guesses <= 11);
        assertTrue(answer.body(), answer.body().contains("Too many wrong sign-ins came from 127.0.0.1"));
        long retryAfter = Long.parseLong(answer.headers().firstValue("Retry-After").orElse("0"));
        assertTrue("waits at least a second: " + retryAfter, retryAfter >= 1);
        assertEquals("another guess waits, unchecked", 503,
                https.send("GET", "/prov/" + uniqueMac() + ".cfg", "PlcmSpIp", "guess-again", null, null).statusCode());
        assertSignedIn("a new phone of the site, with the account its phones signed in with, is not held back",
                https.send("GET", "/prov/" + uniqueMac() + ".cfg", PhoneFleet.USER, PhoneFleet.SECRET, null, null));
        assertEquals("a phone asking without credentials still gets its challenge", 401,
                https.send("GET", "/prov/" + uniqueMac() + ".cfg", null, null, null, null).statusCode());
    }

    /** Past the sign-in: a device nobody knows without a user agent is answered 404, after its credentials were taken. */
    private static void assertSignedIn(String what, HttpResponse<String> answer) {
        assertEquals(what + ": " + answer.body(), 404, answer.statusCode());
        assertTrue(what + ": " + answer.body(), answer.headers().firstValue("WWW-Authenticate").isEmpty());
    }

    @Test
    public void aTestAlertReachesTheWebhook() throws Exception {
        JsonNode sent = json(rest("POST", "/alerts/test", null), 200);
        assertTrue(sent.toString(), sent.get("result").asText().contains("HTTP 200"));
        assertTrue(sent.toString(), sent.get("result").asText().contains("mailed a test alert to ops@example.com"));
        assertTrue(posted.toString(), posted.stream().anyMatch(p -> p.contains("A test alert sent by admin")));
        assertTrue("the test mail arrived", mailed("[Dialtone] Health degraded: test").contains("A test alert sent by admin"));
    }

    /** The body of the first mail with this subject, once it arrived (within 20 s). */
    private static String mailed(String subject) throws Exception {
        String[] body = new String[1];
        Eventually.holds(Duration.ofSeconds(20), () -> {
            for (javax.mail.internet.MimeMessage message : mail.getReceivedMessages()) {
                if (subject.equals(message.getSubject())) {
                    body[0] = com.icegreen.greenmail.util.GreenMailUtil.getBody(message);
                    return;
                }
            }
            throw new AssertionError("no mail '" + subject + "' among " + mail.getReceivedMessages().length);
        });
        return body[0];
    }

    private static java.net.http.HttpClient client() {
        try {
            return java.net.http.HttpClient.newBuilder().sslContext(Https.trusting(node.home.resolve("etc/dialtone-tls.p12"),
                    Files.readString(node.home.resolve("etc/dialtone-tls.password")).trim())).build();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static JsonNode status(long device) throws Exception {
        return json(rest("GET", "/devices/" + device + "/status", null), 200);
    }

    private static int listed(String query) throws Exception {
        return json(rest("GET", "/devices?" + query, null), 200).get("total").asInt();
    }

    private static HttpResponse<String> rest(String method, String path, String body) throws Exception {
        return https.send(method, "/api/v1" + path, "admin", password, body == null ? null : "application/json", body);
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return JSON.readTree(response.body());
    }
}
