package org.dialtone.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.simulator.restapi.DeviceApiSimulator;
import org.dialtone.simulator.restapi.SimulatedPhone;

/**
 * The measuring half of {@code bench/reboot-fleet}: every device of one site answers on a simulated REST API (each
 * call taking {@code --slowness-ms}, one call at a time per phone, 403 while busy), one Reboot task targets the site,
 * and the run reports devices/s, the time to Done, how often each phone was rebooted and the most calls the phones
 * saw at once (the server's per-site limit seen from the devices). Prints one JSON object.
 *
 * <pre>
 *   RebootBench --url https://127.0.0.1:38443 --admin-password-file F --prov-user U --prov-password P
 *               --trust-store P12 --trust-password-file F --site ID --api-port PORT [--slowness-ms 100] [--max-seconds 1800]
 * </pre>
 */
public final class RebootBench {
    private static final Pattern ADMIN_PASSWORD = Pattern.compile("device\\.auth\\.localAdminPassword=\"([^\"]+)\"");
    private static final ObjectMapper JSON = new ObjectMapper();

    private RebootBench() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = FleetApi.options(args);
        String url = Main.require(options, "url");
        String admin = "admin:" + Files.readString(Path.of(Main.require(options, "admin-password-file"))).trim();
        String prov = Main.require(options, "prov-user") + ":" + Main.require(options, "prov-password");
        long site = Long.parseLong(Main.require(options, "site"));
        long slowness = Long.parseLong(options.getOrDefault("slowness-ms", "100"));
        long maxSeconds = Long.parseLong(options.getOrDefault("max-seconds", "1800"));
        Main.require(options, "trust-store");
        HttpClient client = HttpClient.newBuilder().sslContext(Main.tls(options)).connectTimeout(Duration.ofSeconds(10)).build();

        List<JsonNode> devices = FleetApi.devices(client, url, admin, "siteId=" + site + "&");
        if (devices.isEmpty()) {
            throw new IllegalStateException("site " + site + " has no devices: let the fleet contact the server first");
        }
        String first = devices.get(0).get("mac").asText();
        HttpResponse<String> config = FleetApi.deviceConfig(client, url, prov, first);
        Matcher password = ADMIN_PASSWORD.matcher(config.body());
        if (!password.find()) {
            throw new IllegalStateException("the management baseline gives the devices no admin password (HTTP " + config.statusCode() + ")");
        }

        try (DeviceApiSimulator api = new DeviceApiSimulator(Integer.parseInt(Main.require(options, "api-port")),
                DeviceApiSimulator.selfSignedTls(Files.createTempDirectory("reboot-bench")), 256)) {
            List<SimulatedPhone> phones = new ArrayList<>();
            for (JsonNode device : devices) {
                SimulatedPhone phone = new SimulatedPhone(device.get("mac").asText(), device.path("model").asText("VVX"),
                        device.path("softwareVersion").asText("6.3.1.8427"), password.group(1), List.of(new SimulatedPhone.Line(1, "1001@example.com", true)));
                phone.slowness(slowness);
                api.add(phone);
                phones.add(phone);
            }
            long started = System.nanoTime();
            JsonNode task = JSON.readTree(FleetApi.call(client, "POST", url + "/api/v1/tasks", admin,
                    "{\"type\":\"reboot\",\"name\":\"Bench reboot\",\"targets\":[{\"kind\":\"site\",\"id\":" + site + "}]}"));
            long id = task.get("id").asLong();
            JsonNode state = task;
            double firstDone = -1;
            while (!"DONE".equals(state.get("state").asText())) {
                if (System.nanoTime() - started > Duration.ofSeconds(maxSeconds).toNanos()) {
                    throw new IllegalStateException("task " + id + " not done within " + maxSeconds + " s: " + state);
                }
                Thread.sleep(250);
                state = JSON.readTree(FleetApi.call(client, "GET", url + "/api/v1/tasks/" + id, admin, null));
                if (firstDone < 0 && state.get("totals").get("success").asLong() > 0) {
                    firstDone = (System.nanoTime() - started) / 1e9;
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            int once = 0;
            int more = 0;
            int never = 0;
            int refused = 0;
            for (SimulatedPhone phone : phones) {
                int reboots = phone.resets()[0];
                once += reboots == 1 ? 1 : 0;
                more += reboots > 1 ? 1 : 0;
                never += reboots == 0 ? 1 : 0;
                refused += phone.refusedWhileBusy();
            }
            JsonNode totals = state.get("totals");
            ObjectNode report = JSON.createObjectNode();
            report.put("devices", phones.size());
            report.put("slownessMs", slowness);
            report.put("secondsToDone", Math.round(seconds * 10) / 10.0);
            report.put("secondsToFirstSuccess", Math.round(firstDone * 10) / 10.0);
            report.put("devicesPerSecond", Math.round(totals.get("success").asLong() / seconds * 10) / 10.0);
            report.set("totals", totals);
            report.put("rebootedOnce", once);
            report.put("rebootedMoreThanOnce", more);
            report.put("neverRebooted", never);
            report.put("mostCallsAtOnce", api.mostInFlight());
            report.put("refusedWhileBusy", refused);
            System.out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        }
    }
}
