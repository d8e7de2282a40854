package org.dialtone.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.simulator.restapi.DeviceApiSimulator;
import org.dialtone.simulator.restapi.SimulatedPhone;
import org.dialtone.simulator.restapi.TelephonyEvents;

/**
 * The measuring half of {@code bench/status-fleet}: every provisioned device answers status polls on a simulated REST
 * API; one refresh makes the whole fleet due a poll and the run times it until every device shows its line registered
 * (polls/s); then each phone posts {@code --events} call state events, {@code --posters} at once (events/s, answers by
 * status). Prints one JSON object.
 *
 * <pre>
 *   StatusBench --url https://127.0.0.1:37443 --admin-password-file F --prov-user U --prov-password P
 *               --trust-store P12 --trust-password-file F --api-port PORT [--events 4] [--posters 32] [--max-seconds 1800]
 * </pre>
 */
public final class StatusBench {
    private static final Pattern ADMIN_PASSWORD = Pattern.compile("device\\.auth\\.localAdminPassword=\"([^\"]+)\"");
    private static final Pattern EVENTS_URL = Pattern.compile("apps\\.telNotification\\.URL=\"https://[^/\"]+(/device-events/[^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FleetApi.options(args);
        String url = Main.require(options, "url");
        String admin = "admin:" + Files.readString(Path.of(Main.require(options, "admin-password-file"))).trim();
        String prov = Main.require(options, "prov-user") + ":" + Main.require(options, "prov-password");
        int eventsPerPhone = Integer.parseInt(options.getOrDefault("events", "4"));
        int posters = Integer.parseInt(options.getOrDefault("posters", "32"));
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "1800"));
        HttpClient client = HttpClient.newBuilder().sslContext(Main.tls(options)).connectTimeout(Duration.ofSeconds(10)).build();

        List<JsonNode> devices = FleetApi.devices(client, url, admin, "");
        String first = devices.get(0).get("mac").asText();
        String config = FleetApi.deviceConfig(client, url, prov, first).body();
        Matcher password = ADMIN_PASSWORD.matcher(config);
        Matcher events = EVENTS_URL.matcher(config);
        if (!password.find() || !events.find()) {
            throw new IllegalStateException("the management baseline gives the devices no admin password or event address");
        }

        try (DeviceApiSimulator api = new DeviceApiSimulator(Integer.parseInt(Main.require(options, "api-port")),
                DeviceApiSimulator.selfSignedTls(Files.createTempDirectory("status-bench")), 256)) {
            List<SimulatedPhone> phones = new ArrayList<>();
            for (JsonNode device : devices) {
                String mac = device.get("mac").asText();
                SimulatedPhone phone = new SimulatedPhone(mac, device.path("model").asText("VVX"), device.path("softwareVersion").asText("6.3.1.8427"),
                        password.group(1), List.of(new SimulatedPhone.Line(1, mac + "@sip.example.com", true)));
                phone.events(new TelephonyEvents(url + events.group(1), client, mac));
                api.add(phone);
                phones.add(phone);
            }
            ObjectNode report = JSON.createObjectNode();
            report.put("devices", phones.size());

            long started = System.nanoTime();
            JsonNode due = JSON.readTree(FleetApi.call(client, "POST", url + "/api/v1/devices/refresh", admin, null));
            long registered = 0;
            while (registered < phones.size()) {
                if (System.nanoTime() - started > Duration.ofSeconds(maxSeconds).toNanos()) {
                    throw new IllegalStateException(registered + " of " + phones.size() + " devices polled within " + maxSeconds + " s");
                }
                Thread.sleep(1000);
                registered = JSON.readTree(FleetApi.call(client, "GET", url + "/api/v1/devices?registration=registered&limit=1", admin, null)).get("total").asLong();
            }
            double pollSeconds = (System.nanoTime() - started) / 1e9;
            report.put("dueForPoll", due.get("due").asInt());
            report.put("secondsToPollAll", Math.round(pollSeconds * 10) / 10.0);
            report.put("pollsPerSecond", Math.round(phones.size() / pollSeconds * 10) / 10.0);

            Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
            ExecutorService pool = Executors.newFixedThreadPool(posters);
            long burst = System.nanoTime();
            for (int round = 0; round < eventsPerPhone; round++) {
                String state = round % 2 == 0 ? "Connected" : "Free";
                for (SimulatedPhone phone : phones) {
                    pool.execute(() -> answers.computeIfAbsent(phone.events().callState(1, phone.mac() + "@sip.example.com", "41aa9c00", state, "Outgoing"),
                            k -> new AtomicInteger()).incrementAndGet());
                }
            }
            pool.shutdown();
            pool.awaitTermination(maxSeconds, TimeUnit.SECONDS);
            double burstSeconds = (System.nanoTime() - burst) / 1e9;
            int posted = phones.size() * eventsPerPhone;
            report.put("eventsPosted", posted);
            report.put("posters", posters);
            report.put("secondsForEvents", Math.round(burstSeconds * 10) / 10.0);
            report.put("eventsPerSecond", Math.round(posted / burstSeconds * 10) / 10.0);
            ObjectNode byStatus = report.putObject("eventAnswers");
            answers.forEach((status, count) -> byStatus.put(Integer.toString(status), count.get()));
            JsonNode summary = JSON.readTree(FleetApi.call(client, "GET", url + "/api/v1/devices/summary", admin, null));
            report.set("byCallStatus", summary.get("byCallStatus"));
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        }
    }
}
