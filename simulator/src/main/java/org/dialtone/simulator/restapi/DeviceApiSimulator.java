package org.dialtone.simulator.restapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;

/**
 * Thousands of phones' REST APIs on one loopback HTTPS port, each under its own path {@code /<mac>/…}: Basic auth as
 * {@code Polycom:<admin password>}, the {@code {"Status":"2000","data":…}} envelope and the API's error codes
 * (DEVICES.md 2.1, 2.2; shapes as in the captured Trio responses). The scheduled tasks drive it.
 */
public final class DeviceApiSimulator implements AutoCloseable {
    /** The factory password, which recent firmware refuses to be used with (4010). */
    public static final String DEFAULT_PASSWORD = "456";
    private static final int MAX_BODY = 64 * 1024;
    private static final int MAX_CONFIG_GET = 20;


    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, SimulatedPhone> phones = new ConcurrentHashMap<>();
    private final ThreadLocal<SimulatedPhone> serving = new ThreadLocal<>();
    private final HttpsServer server;
    private final ExecutorService workers;
    private final java.util.concurrent.atomic.AtomicInteger inFlight = new java.util.concurrent.atomic.AtomicInteger();
    private final java.util.concurrent.atomic.AtomicInteger mostInFlight = new java.util.concurrent.atomic.AtomicInteger();

    /** Listens on 127.0.0.1:{@code port} (0 picks a free one) with the given server TLS context. */
    public DeviceApiSimulator(int port, SSLContext tls, int threads) throws IOException {
        server = HttpsServer.create(new InetSocketAddress("127.0.0.1", port), 512);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        workers = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "device-api");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(workers);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * A TLS context with a new self-signed certificate for 127.0.0.1, made by the JDK's keytool in {@code dir}; the
     * phones' own certificates are Polycom-signed, so clients skip verification anyway (DEVICES.md 2.1).
     */
    public static SSLContext selfSignedTls(java.nio.file.Path dir) throws IOException, java.security.GeneralSecurityException, InterruptedException {
        java.nio.file.Path store = dir.resolve("device-api.p12");
        char[] password = "simulated".toCharArray();
        if (!java.nio.file.Files.exists(store)) {
            Process keytool = new ProcessBuilder(java.nio.file.Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "device", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=127.0.0.1",
                    "-ext", "SAN=ip:127.0.0.1", "-validity", "30", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", new String(password), "-keypass", new String(password)).redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (keytool.waitFor() != 0) {
                throw new IOException("keytool could not make a certificate: " + output);
            }
        }
        java.security.KeyStore keys = java.security.KeyStore.getInstance("PKCS12");
        try (InputStream in = java.nio.file.Files.newInputStream(store)) {
            keys.load(in, password);
        }
        javax.net.ssl.KeyManagerFactory factory = javax.net.ssl.KeyManagerFactory.getInstance(javax.net.ssl.KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(factory.getKeyManagers(), null, null);
        return context;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public SimulatedPhone add(SimulatedPhone phone) {
        phones.put(phone.mac(), phone);
        return phone;
    }

    public SimulatedPhone phone(String mac) {
        return phones.get(mac);
    }

    /** The base address of one phone's API, as a relay or the task runner would call it. */
    public String baseUrl(String mac) {
        return "https://127.0.0.1:" + port() + "/" + mac;
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            String[] parts = exchange.getRequestURI().getRawPath().split("/", 3);
            SimulatedPhone phone = parts.length == 3 ? phones.get(parts[1]) : null;
            if (phone == null) {
                send(exchange, 404, null);
                return;
            }
            if (!authorized(exchange, phone)) {
                exchange.getResponseHeaders().add("WWW-Authenticate", "Basic realm=\"Polycom\"");
                send(exchange, 401, null);
                return;
            }
            String path = "/" + parts[2];
            mostInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                serve(exchange, phone, path);
            } finally {
                inFlight.decrementAndGet();
            }
        } catch (RuntimeException e) {
            send(exchange, 200, envelope("5000", null));
        } finally {
            exchange.close();
        }
    }

    /** The most requests the phones were answering at one time (a server's concurrency limits, seen from the devices). */
    public int mostInFlight() {
        return mostInFlight.get();
    }

    private void serve(HttpExchange exchange, SimulatedPhone phone, String path) throws IOException {
        if (DEFAULT_PASSWORD.equals(phone.password()) && path.startsWith("/api/")) {
            send(exchange, 200, envelope("4010", null));
            return;
        }
        if (!phone.begin()) {
            send(exchange, 403, null);
            return;
        }
        serving.set(phone);
        try {
            if (phone.slownessMillis() > 0) {
                Thread.sleep(phone.slownessMillis());
            }
            String method = exchange.getRequestMethod();
            JsonNode body = method.equals("POST") ? body(exchange) : null;
            String failure = path.startsWith("/api/") ? phone.failure() : null;
            if (failure != null) {
                send(exchange, 200, envelope(failure, null));
                return;
            }
            route(exchange, phone, method + " " + path, body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            release(exchange);
        }
    }

    private void route(HttpExchange exchange, SimulatedPhone phone, String call, JsonNode body) throws IOException {
        switch (call) {
            case "GET /api/v1/mgmt/device/info" -> ok(exchange, deviceInfoV1(phone));
            case "GET /api/v2/mgmt/device/info" -> ok(exchange, deviceInfoV2(phone));
            case "GET /api/v1/mgmt/network/info" -> ok(exchange, Map.of("IPV4Address", "127.0.0.1", "DHCP", "enabled", "LANPortStatus", "active",
                    "ProvServerType", "HTTPS", "ProvServerAddress", ""));
            case "GET /api/v1/mgmt/lineInfo", "GET /api/v2/mgmt/lineInfo" -> ok(exchange, lineInfo(phone));
            case "GET /api/v1/webCallControl/sipStatus" -> ok(exchange, sipStatus(phone));
            case "GET /api/v1/webCallControl/callStatus", "GET /api/v2/webCallControl/callStatus" -> ok(exchange, callStatus(phone));
            case "GET /api/v1/mgmt/device/runningConfig" -> ok(exchange, Map.of("Device", phone.parameters()));
            case "GET /Utilities/configuration/exportFile" -> exportConfiguration(exchange, phone);
            case "POST /api/v1/mgmt/network/uploadBgCapture" -> uploadCapture(exchange, phone, body);
            case "POST /api/v1/mgmt/config/get" -> configGet(exchange, phone, body);
            case "POST /api/v1/mgmt/config/set" -> configSet(exchange, phone, body);
            case "POST /api/v1/mgmt/safeReboot" -> {
                phone.reboot();
                ok(exchange, null);
            }
            case "POST /api/v1/mgmt/safeRestart" -> {
                phone.restart();
                ok(exchange, null);
            }
            case "POST /api/v1/mgmt/factoryReset" -> {
                phone.factoryReset();
                ok(exchange, null);
            }
            case "POST /api/v1/mgmt/configReset", "POST /api/v1/mgmt/configReset/web", "POST /api/v1/mgmt/configReset/local",
                 "POST /api/v1/mgmt/configReset/device" -> {
                phone.configReset(call.endsWith("configReset") ? "all" : call.substring(call.lastIndexOf('/') + 1));
                ok(exchange, null);
            }
            case "POST /api/v1/callctrl/dial" -> dial(exchange, phone, body);
            case "POST /api/v1/callctrl/endCall" -> {
                String ref = text(body == null ? null : body.get("data"), "Ref");
                send(exchange, 200, envelope(ref != null && phone.end(ref) ? "2000" : "4007", null));
            }
            case "GET /captureScreen/mainScreen" -> {
                if (!"1".equals(phone.parameter("up.screenCapture.enabled"))) {
                    send(exchange, 403, null);
                } else {
                    exchange.getResponseHeaders().add("Content-Type", "image/bmp");
                    byte[] image = screen(phone);
                    release(exchange);
                    exchange.sendResponseHeaders(200, image.length);
                    exchange.getResponseBody().write(image);
                }
            }
            default -> send(exchange, 404, null);
        }
    }

    /**
     * Sends what the background capture holds to the address asked for (or the configured one), after answering, as
     * a phone uploads in the background: a gzip of a pcap file holding the phone's MAC.
     */
    private void uploadCapture(HttpExchange exchange, SimulatedPhone phone, JsonNode body) throws IOException {
        String url = text(body == null ? null : body.get("data"), "url");
        String target = url == null || url.isEmpty() ? phone.parameter("diags.pcap.background.uploadURL") : url;
        if (!"1".equals(phone.parameter("diags.pcap.background.enabled")) || target == null || target.isEmpty()) {
            send(exchange, 200, envelope("4003", null));
            return;
        }
        ok(exchange, null);
        java.io.ByteArrayOutputStream archive = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(archive)) {
            gzip.write(("pcap of " + phone.mac() + " filtered by " + phone.parameter("diags.pcap.filter.1")).getBytes(StandardCharsets.UTF_8));
        }
        Thread upload = new Thread(() -> phone.captureSent(put(target, archive.toByteArray())), "capture-upload");
        upload.setDaemon(true);
        upload.start();
    }

    /** A PUT trusting any server certificate and name, as a phone that was given the address does: the status, or -1. */
    private static int put(String target, byte[] body) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String type) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            javax.net.ssl.HttpsURLConnection connection = (javax.net.ssl.HttpsURLConnection) java.net.URI.create(target).toURL().openConnection();
            connection.setSSLSocketFactory(context.getSocketFactory());
            connection.setHostnameVerifier((host, session) -> true);
            connection.setRequestMethod("PUT");
            connection.setDoOutput(true);
            connection.setRequestProperty("Content-Type", "application/octet-stream");
            connection.setFixedLengthStreamingMode(body.length);
            connection.getOutputStream().write(body);
            int status = connection.getResponseCode();
            connection.disconnect();
            return status;
        } catch (IOException | java.security.GeneralSecurityException | RuntimeException e) {
            return -1;
        }
    }

    /** The web interface's Export Configuration: the phone's parameters as attributes of one source element. */
    private void exportConfiguration(HttpExchange exchange, SimulatedPhone phone) throws IOException {
        String query = exchange.getRequestURI().getRawQuery();
        String source = query != null && query.startsWith("source=") ? query.substring(7) : "";
        if (!source.matches("-1|1|2|5|6")) {
            send(exchange, 404, null);
            return;
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PHONE_CONFIG>\n<ALL");
        phone.parameters().forEach((name, value) -> xml.append("\n  ").append(name).append("=\"")
                .append(value.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;")).append('"'));
        byte[] body = xml.append("/>\n</PHONE_CONFIG>\n").toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/xml");
        release(exchange);
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body);
    }

    /** A 64 x 48 BMP, as UC Software answers a screen capture, with the phone's MAC written in its pixels' colour. */
    private static byte[] screen(SimulatedPhone phone) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(64, 48, java.awt.image.BufferedImage.TYPE_INT_RGB);
        int colour = Integer.parseInt(phone.mac().substring(6), 16);
        for (int x = 0; x < 64; x++) {
            for (int y = 0; y < 48; y++) {
                image.setRGB(x, y, colour);
            }
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "bmp", out);
        return out.toByteArray();
    }

    private boolean authorized(HttpExchange exchange, SimulatedPhone phone) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        if (header == null || !header.startsWith("Basic ")) {
            return false;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            return decoded.equals("Polycom:" + phone.password());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private JsonNode body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length == 0) {
                return null;
            }
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("body too large");
            }
            return json.readTree(bytes);
        }
    }

    private void configGet(HttpExchange exchange, SimulatedPhone phone, JsonNode body) throws IOException {
        JsonNode names = body == null ? null : body.get("data");
        if (names == null || !names.isArray() || names.isEmpty()) {
            send(exchange, 200, envelope("4000", null));
            return;
        }
        if (names.size() > MAX_CONFIG_GET) {
            send(exchange, 200, envelope("4009", null));
            return;
        }
        Map<String, Object> data = new LinkedHashMap<>();
        for (JsonNode name : names) {
            String value = phone.parameter(name.asText());
            data.put(name.asText(), Map.of("Value", value == null ? "" : value, "Source", value == null ? "default" : "web"));
        }
        ok(exchange, data);
    }

    private void configSet(HttpExchange exchange, SimulatedPhone phone, JsonNode body) throws IOException {
        JsonNode values = body == null ? null : body.get("data");
        if (values == null || !values.isObject() || values.isEmpty()) {
            send(exchange, 200, envelope("4000", null));
            return;
        }
        Map<String, String> set = new LinkedHashMap<>();
        values.fields().forEachRemaining(e -> set.put(e.getKey(), e.getValue().asText()));
        if (DEFAULT_PASSWORD.equals(set.get("device.auth.localAdminPassword"))) {
            send(exchange, 200, envelope("4000", null));
            return;
        }
        phone.set(set);
        ok(exchange, null);
    }

    private void dial(HttpExchange exchange, SimulatedPhone phone, JsonNode body) throws IOException {
        JsonNode data = body == null ? null : body.get("data");
        String destination = text(data, "Dest");
        String lineText = data == null || data.get("Line") == null ? "1" : data.get("Line").asText();
        if (destination == null || destination.isBlank() || !lineText.matches("[0-9]{1,2}")) {
            send(exchange, 200, envelope("4000", null));
            return;
        }
        int lineNumber = Integer.parseInt(lineText);
        SimulatedPhone.Line line = phone.lines().stream().filter(l -> l.number() == lineNumber).findFirst().orElse(null);
        if (line == null) {
            send(exchange, 200, envelope("4005", null));
        } else if (!line.registered()) {
            send(exchange, 200, envelope("4002", null));
        } else {
            phone.dial(lineNumber, destination);
            ok(exchange, null);
        }
    }

    private static Map<String, Object> deviceInfoV1(SimulatedPhone phone) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("ModelNumber", phone.model());
        info.put("FirmwareRelease", phone.firmware());
        info.put("DeviceType", "hardwareEndpoint");
        info.put("DeviceVendor", "Polycom");
        info.put("MACAddress", phone.mac());
        info.put("IPV4Address", "127.0.0.1");
        info.put("UpTimeSinceLastReboot", "0 Day 0:12:25");
        return info;
    }

    private static Map<String, Object> deviceInfoV2(SimulatedPhone phone) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("DeviceType", "HardwareEndpoint");
        info.put("Firmware", Map.of("Application", phone.firmware(), "Updater", phone.firmware()));
        info.put("DeviceVendor", "Polycom");
        info.put("ModelNumber", phone.model());
        info.put("MACAddress", phone.mac());
        info.put("IPAddress", "127.0.0.1");
        info.put("UpTime", Map.of("Days", "0", "Hours", "0", "Minutes", "12", "Seconds", "25"));
        return info;
    }

    private static List<Map<String, String>> lineInfo(SimulatedPhone phone) {
        List<Map<String, String>> lines = new ArrayList<>();
        for (SimulatedPhone.Line l : phone.lines()) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("LineNumber", Integer.toString(l.number()));
            line.put("RegistrationStatus", l.registered() ? "registered" : "unregistered");
            line.put("LineType", "private");
            line.put("SIPAddress", l.address());
            line.put("Protocol", "SIP");
            line.put("Label", l.address());
            line.put("UserID", l.address());
            line.put("ProxyAddress", "");
            line.put("Port", "0");
            lines.add(line);
        }
        return lines;
    }

    private static Map<String, Object> sipStatus(SimulatedPhone phone) {
        List<Map<String, Object>> users = new ArrayList<>();
        for (SimulatedPhone.Line l : phone.lines()) {
            users.add(Map.of("Name", l.address(), "LineNumber", Integer.toString(l.number()), "TotalCalls", "0", "TotalEvents", "1",
                    "Events", List.of(Map.of("Type", "Register", "RegistrationState", l.registered() ? "Registered" : "Unregistered",
                            "CallID", "", "Expires", l.registered() ? "3600" : "0"))));
        }
        return Map.of("TotalUser", Integer.toString(users.size()), "User", users);
    }

    private static List<Map<String, String>> callStatus(SimulatedPhone phone) {
        List<Map<String, String>> calls = new ArrayList<>();
        for (SimulatedPhone.Call c : phone.calls()) {
            Map<String, String> call = new LinkedHashMap<>();
            call.put("CallHandle", c.handle());
            call.put("Type", c.type());
            call.put("Protocol", "SIP");
            call.put("CallState", c.state());
            call.put("LineID", Integer.toString(c.line()));
            call.put("RemotePartyNumber", c.remote());
            call.put("RemotePartyName", c.remote());
            call.put("Ringing", "0");
            call.put("Muted", "0");
            calls.add(call);
        }
        return calls;
    }

    private static String text(JsonNode node, String field) {
        return node == null || node.get(field) == null ? null : node.get(field).asText();
    }

    private Map<String, Object> envelope(String status, Object data) {
        Map<String, Object> envelope = new LinkedHashMap<>();
        if (data != null) {
            envelope.put("data", data);
        }
        envelope.put("Status", status);
        return envelope;
    }

    private void ok(HttpExchange exchange, Object data) throws IOException {
        send(exchange, 200, envelope("2000", data));
    }

    /**
     * Frees the phone's one request slot before its answer goes out, so that the next request finds it free. The phone
     * is the handler thread's (an exchange's attributes are its context's, shared by every request).
     */
    private void release(HttpExchange exchange) {
        SimulatedPhone phone = serving.get();
        if (phone != null) {
            serving.remove();
            phone.done();
        }
    }

    private void send(HttpExchange exchange, int status, Map<String, Object> body) throws IOException {
        release(exchange);
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        byte[] bytes = json.writeValueAsBytes(body);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }
}
