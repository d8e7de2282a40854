package org.dialtone.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the fleet benches ask of a running Dialtone: options, the admin's REST calls, the inventory, a device's own file. */
final class FleetApi {
    static final String AGENT = "FileTransport PolycomVVX-VVX_411-UA/6.3.1.8427 Type/Application";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FleetApi() {
    }

    /** {@code --name value} pairs. */
    static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }

    /** Every device the query matches ({@code siteId=3&}, or ""), a page of 500 at a time. */
    static List<JsonNode> devices(HttpClient client, String url, String admin, String query) throws Exception {
        List<JsonNode> devices = new ArrayList<>();
        for (int offset = 0; ; offset += 500) {
            JsonNode page = JSON.readTree(call(client, "GET", url + "/api/v1/devices?" + query + "limit=500&offset=" + offset, admin, null));
            page.get("items").forEach(devices::add);
            if (devices.size() >= page.get("total").asLong() || page.get("items").isEmpty()) {
                return devices;
            }
        }
    }

    /** The configuration file Dialtone renders for the device, fetched as the device does. */
    static HttpResponse<String> deviceConfig(HttpClient client, String url, String prov, String mac) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url + "/prov/" + mac + "-dialtone.cfg")).header("User-Agent", AGENT)
                .header("Authorization", basic(prov)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String call(HttpClient client, String method, String url, String credentials, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic(credentials)).header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
        request = json == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> answer = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + url + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }
}
