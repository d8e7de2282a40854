package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.simulator.restapi.CheckSyncListener;
import org.dialtone.simulator.restapi.DeviceApiSimulator;
import org.dialtone.simulator.restapi.SimulatedPhone;

/**
 * Simulated VVX phones for task tests: each boots from a shipped node's {@code /prov} with the provisioning account,
 * takes the admin password the management baseline gives it, and answers on the simulator's REST API with it.
 */
final class PhoneFleet implements AutoCloseable {
    static final String USER = "phones";
    static final String SECRET = "Prov-secret-42";
    private static final String AGENT = "FileTransport PolycomVVX-VVX_411-UA/6.3.1.8427 Type/Application";
    private static final Pattern ADMIN_PASSWORD = Pattern.compile("device\\.auth\\.localAdminPassword=\"([^\"]+)\"");
    private static final Pattern EVENTS_URL = Pattern.compile("apps\\.telNotification\\.URL=\"https://[^/\"]+(/device-events/[^\"]+)\"");
    final DeviceApiSimulator api;
    private final CheckSyncListener sip;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> configs = new ConcurrentHashMap<>();
    private volatile ShippedNode node;

    PhoneFleet() throws Exception {
        api = new DeviceApiSimulator(0, DeviceApiSimulator.selfSignedTls(Files.createTempDirectory("device-api")), 16);
        // A phone told to check-sync fetches its configuration again, as a real one does.
        sip = new CheckSyncListener(api, mac -> {
            try {
                configs.put(mac, fetch(client(node), node, mac + "-dialtone.cfg").body());
            } catch (Exception e) {
                configs.put(mac, "fetch failed: " + e);
            }
        });
    }

    /** The tasks configuration that sends a node's device calls and check-syncs to this fleet. */
    String tasksConfig(String more) {
        return "deviceApi = https://127.0.0.1:" + api.port() + "/{mac}\ndeviceSip = 127.0.0.1:" + sip.port() + "\ntickMillis = 200\n" + more;
    }

    /** The configuration the phone fetched after its last check-sync, or null. */
    String configAfterCheckSync(String mac) {
        return configs.get(mac);
    }

    /** Sets the provisioning account and deploys the VVX management baseline to Global, through the node's API. */
    static void prepare(Https https, String password) throws Exception {
        ObjectMapper json = new ObjectMapper();
        assertEquals(200, https.send("PUT", "/api/v1/provisioning/settings", "admin", password, "application/json",
                "{\"accountUser\":\"" + USER + "\",\"accountPassword\":\"" + SECRET + "\"}").statusCode());
        long baseline = json.readTree(https.get("/api/v1/profiles?q=VVX-Management-Baseline", "admin", password).body())
                .get("items").get(0).get("id").asLong();
        assertEquals(200, https.send("PUT", "/api/v1/deployment/global/profiles", "admin", password, "application/json",
                "{\"profileIds\":[" + baseline + "]}").statusCode());
    }

    /** A phone that boots from the node and then answers on the simulator; returns its device id. */
    long provision(ShippedNode node, Https https, String adminPassword, String mac) throws Exception {
        return provision(node, https, adminPassword, mac, List.of(new SimulatedPhone.Line(1, "1001@example.com", true)));
    }

    /**
     * As {@link #provision(ShippedNode, Https, String, String)}, with these lines; the phone posts its telephony events
     * where its configuration says (the node, as the phones reach it here).
     */
    long provision(ShippedNode node, Https https, String adminPassword, String mac, List<SimulatedPhone.Line> lines) throws Exception {
        this.node = node;
        HttpClient client = client(node);
        Eventually.holds(Duration.ofSeconds(20), () -> assertEquals(200, fetch(client, node, mac + ".cfg").statusCode()));
        String config = fetch(client, node, mac + "-dialtone.cfg").body();
        Matcher admin = ADMIN_PASSWORD.matcher(config);
        assertTrue("the management baseline gives the phone an admin password: " + config, admin.find());
        passwords.put(mac, admin.group(1));
        SimulatedPhone phone = new SimulatedPhone(mac, "VVX 411", "6.3.1.8427", admin.group(1), lines);
        Matcher events = EVENTS_URL.matcher(config);
        assertTrue("the management baseline gives the phone Dialtone's event address: " + config, events.find());
        phone.events(new org.dialtone.simulator.restapi.TelephonyEvents("https://localhost:" + node.httpsPort + events.group(1), client, mac));
        api.add(phone);
        return new ObjectMapper().readTree(https.get("/api/v1/devices?q=" + mac, "admin", adminPassword).body()).get("items").get(0).get("id").asLong();
    }

    private static HttpClient client(ShippedNode node) throws Exception {
        return HttpClient.newBuilder().sslContext(Https.trusting(node.home.resolve("etc/dialtone-tls.p12"),
                Files.readString(node.home.resolve("etc/dialtone-tls.password")).trim())).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static HttpResponse<String> fetch(HttpClient client, ShippedNode node, String file) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + node.httpsPort + "/prov/" + file)).header("User-Agent", AGENT)
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((USER + ":" + SECRET).getBytes(StandardCharsets.UTF_8)))
                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    SimulatedPhone phone(String mac) {
        return api.phone(mac);
    }

    String password(String mac) {
        return passwords.get(mac);
    }

    @Override
    public void close() {
        sip.close();
        api.close();
    }
}
