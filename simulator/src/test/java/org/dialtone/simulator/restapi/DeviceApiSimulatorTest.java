package org.dialtone.simulator.restapi;

import static org.junit.Assert.assertEquals;
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
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.X509TrustManager;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

public class DeviceApiSimulatorTest {
    private static DeviceApiSimulator api;
    private static HttpClient client;
    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeClass
    public static void start() throws Exception {
        Path dir = Files.createTempDirectory("device-api");
        api = new DeviceApiSimulator(0, DeviceApiSimulator.selfSignedTls(dir), 4);
        api.add(new SimulatedPhone("0004f2000001", "VVX 411", "6.3.1.8427", "S3cret-admin",
                List.of(new SimulatedPhone.Line(1, "1001@sip.example.com", true), new SimulatedPhone.Line(2, "1002@sip.example.com", false))));
        api.add(new SimulatedPhone("0004f2000002", "Trio 8800", "7.2.2.1094", DeviceApiSimulator.DEFAULT_PASSWORD, List.of()));
        // Phones carry Polycom-signed certificates that clients do not verify (DEVICES.md 2.1).
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new javax.net.ssl.TrustManager[] {new X509TrustManager() {
            public void checkClientTrusted(X509Certificate[] c, String a) {
            }

            public void checkServerTrusted(X509Certificate[] c, String a) {
            }

            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, null);
        SSLParameters parameters = new SSLParameters();
        parameters.setEndpointIdentificationAlgorithm(null);
        client = HttpClient.newBuilder().sslContext(trustAll).sslParameters(parameters).build();
    }

    @AfterClass
    public static void stop() {
        api.close();
    }

    private static HttpResponse<String> call(String mac, String password, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(api.baseUrl(mac) + path))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("Polycom:" + password).getBytes(StandardCharsets.UTF_8)));
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode ok(HttpResponse<String> response) throws Exception {
        assertEquals(response.body(), 200, response.statusCode());
        JsonNode json = JSON.readTree(response.body());
        assertEquals(response.body(), "2000", json.get("Status").asText());
        return json;
    }

    @Test
    public void deviceInfoAndLinesComeInTheApisEnvelope() throws Exception {
        JsonNode info = ok(call("0004f2000001", "S3cret-admin", "GET", "/api/v1/mgmt/device/info", null));
        assertEquals("VVX 411", info.get("data").get("ModelNumber").asText());
        assertEquals("6.3.1.8427", info.get("data").get("FirmwareRelease").asText());
        JsonNode lines = ok(call("0004f2000001", "S3cret-admin", "GET", "/api/v2/mgmt/lineInfo", null)).get("data");
        assertEquals("registered", lines.get(0).get("RegistrationStatus").asText());
        assertEquals("unregistered", lines.get(1).get("RegistrationStatus").asText());
    }

    @Test
    public void wrongPasswordsUnknownPhonesAndTheFactoryPasswordAreRefused() throws Exception {
        assertEquals(401, call("0004f2000001", "456", "GET", "/api/v1/mgmt/device/info", null).statusCode());
        assertEquals(404, call("0004f2ffffff", "x", "GET", "/api/v1/mgmt/device/info", null).statusCode());
        HttpResponse<String> factory = call("0004f2000002", "456", "GET", "/api/v1/mgmt/device/info", null);
        assertEquals("4010", JSON.readTree(factory.body()).get("Status").asText());
    }

    @Test
    public void dialingMakesACallOnlyOnARegisteredLine() throws Exception {
        ok(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/callctrl/dial", "{\"data\":{\"Dest\":\"2000\",\"Line\":\"1\",\"Type\":\"SIP\"}}"));
        JsonNode calls = ok(call("0004f2000001", "S3cret-admin", "GET", "/api/v2/webCallControl/callStatus", null)).get("data");
        assertEquals("2000", calls.get(0).get("RemotePartyNumber").asText());
        assertEquals("4002", JSON.readTree(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/callctrl/dial",
                "{\"data\":{\"Dest\":\"2000\",\"Line\":\"2\"}}").body()).get("Status").asText());
        assertEquals("4005", JSON.readTree(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/callctrl/dial",
                "{\"data\":{\"Dest\":\"2000\",\"Line\":\"9\"}}").body()).get("Status").asText());
        ok(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/callctrl/endCall", "{\"data\":{\"Ref\":\"" + calls.get(0).get("CallHandle").asText() + "\"}}"));
        assertEquals(List.of(), api.phone("0004f2000001").calls());
    }

    @Test
    public void parametersAreSetAndReadTwentyAtATimeAndRebootsCounted() throws Exception {
        ok(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/mgmt/config/set", "{\"data\":{\"up.screenCapture.enabled\":\"1\"}}"));
        JsonNode read = ok(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/mgmt/config/get", "{\"data\":[\"up.screenCapture.enabled\"]}"));
        assertEquals("1", read.get("data").get("up.screenCapture.enabled").get("Value").asText());
        StringBuilder many = new StringBuilder("{\"data\":[");
        for (int i = 0; i < 21; i++) {
            many.append(i == 0 ? "" : ",").append("\"p").append(i).append('"');
        }
        assertEquals("4009", JSON.readTree(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/mgmt/config/get", many + "]}").body())
                .get("Status").asText());
        assertEquals(200, call("0004f2000001", "S3cret-admin", "GET", "/captureScreen/mainScreen", null).statusCode());
        int before = api.phone("0004f2000001").resets()[0];
        ok(call("0004f2000001", "S3cret-admin", "POST", "/api/v1/mgmt/safeReboot", null));
        assertEquals(before + 1, api.phone("0004f2000001").resets()[0]);
        assertTrue(call("0004f2000001", "S3cret-admin", "GET", "/api/v1/no/such/thing", null).statusCode() == 404);
    }

    @Test
    public void aPhoneTakesOneRequestAtATimeAndRefusesASecondWith403() throws Exception {
        api.phone("0004f2000001").slowness(800);
        try {
            java.util.concurrent.CompletableFuture<java.net.http.HttpResponse<String>> first = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    return call("0004f2000001", "S3cret-admin", "GET", "/api/v1/mgmt/device/info", null);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(300);
            assertEquals(403, call("0004f2000001", "S3cret-admin", "GET", "/api/v1/mgmt/device/info", null).statusCode());
            assertEquals(200, first.get().statusCode());
            assertEquals(1, api.phone("0004f2000001").refusedWhileBusy());
        } finally {
            api.phone("0004f2000001").slowness(0);
        }
    }

    @Test
    public void aCheckSyncIsAnsweredWith200AndCountedOnThePhoneItsCallIdNames() throws Exception {
        java.util.List<String> told = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (CheckSyncListener sip = new CheckSyncListener(api, told::add); java.net.DatagramSocket socket = new java.net.DatagramSocket()) {
            String notify = "NOTIFY sip:127.0.0.1:" + sip.port() + " SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:1;branch=z9hG4bKx\r\n"
                    + "From: <sip:dialtone@127.0.0.1>;tag=x\r\nTo: <sip:127.0.0.1>\r\nCall-ID: abc-0004f2000001@127.0.0.1\r\n"
                    + "CSeq: 1300 NOTIFY\r\nEvent: check-sync\r\nContent-Length: 0\r\n\r\n";
            byte[] bytes = notify.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
            socket.setSoTimeout(5000);
            socket.send(new java.net.DatagramPacket(bytes, bytes.length, java.net.InetAddress.getLoopbackAddress(), sip.port()));
            java.net.DatagramPacket answer = new java.net.DatagramPacket(new byte[2048], 2048);
            socket.receive(answer);
            String response = new String(answer.getData(), 0, answer.getLength(), java.nio.charset.StandardCharsets.US_ASCII);
            assertTrue(response, response.startsWith("SIP/2.0 200 OK\r\n") && response.contains("Call-ID: abc-0004f2000001@127.0.0.1"));
            assertEquals(1, api.phone("0004f2000001").checkSyncs());
            long deadline = System.nanoTime() + 2_000_000_000L;
            while (told.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals("the phone fetches its configuration after answering", List.of("0004f2000001"), told);
        }
    }
}
