package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactory;
import org.apache.hc.client5.http.ssl.SSLConnectionSocketFactoryBuilder;
import org.dialtone.client.ApiClient;
import org.dialtone.client.ApiException;
import org.dialtone.client.api.DevicesApi;
import org.dialtone.client.api.ProfilesApi;
import org.dialtone.client.api.SitesApi;
import org.dialtone.client.model.Device;
import org.dialtone.client.model.EffectiveConfig;
import org.dialtone.client.model.ImportReport;
import org.dialtone.client.model.PageDevice;
import org.dialtone.client.model.PageSite;
import org.dialtone.client.model.Problem;
import org.dialtone.client.model.PublicSubnet;
import org.dialtone.client.model.Site;
import org.dialtone.client.model.SiteInput;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The API as an integrator's generated client sees it: openapi-generator's Java client, generated at build time from
 * the description the server serves, drives the flows a script would.
 */
public class ApiClientIT {
    private static ShippedNode node;
    private static Https https;
    private static String password;
    private ApiClient client;

    /** Outside the container, as an integrator's script runs: the distribution as shipped, started once for this class. */
    @BeforeClass
    public static void start() throws Exception {
        node = ShippedNode.unpack("api-client", 30000);
        node.start();
        https = node.client(Duration.ofSeconds(90));
        https.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
        password = node.adminPassword();
        // The first start refreshes features once; sign-ins fail while the store restarts.
        node.awaitFeaturesSettled();
        https.await("/api/v1/sites", "admin", password, 200, Duration.ofSeconds(150));
        https.await("/api/v1/devices", "admin", password, 200, Duration.ofSeconds(60));
    }

    @AfterClass
    public static void stop() throws Exception {
        if (node != null) {
            node.stop();
        }
    }

    @Before
    public void signIn() {
        client = client();
        client.addDefaultHeader("Authorization", "Basic " + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)));
    }

    /** The generated client on an HTTP client that trusts this installation's certificate. */
    private static ApiClient client() {
        SSLConnectionSocketFactory tls = SSLConnectionSocketFactoryBuilder.create().setSslContext(https.tls()).build();
        CloseableHttpClient http = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setSSLSocketFactory(tls).build()).build();
        return new ApiClient(http).setBasePath(https.base() + "/api/v1").setServerIndex(null);
    }

    @Test
    public void aSiteIsCreatedAndFoundThroughTheGeneratedClient() throws Exception {
        SitesApi sites = new SitesApi(client);
        String name = Admin.unique("Client site");
        Site created = sites.createSite(new SiteInput().name(name).description("made by a generated client")
                .addPublicSubnetsItem(new PublicSubnet().ipAddress("198.51.100.0").maskLength(24)));
        assertEquals(name, created.getName());
        assertEquals(Integer.valueOf(24), created.getPublicSubnets().get(0).getMaskLength());
        assertEquals(name, sites.getSite(created.getId()).getName());
        PageSite found = sites.listSites(name, 0, 10);
        assertEquals(Long.valueOf(1), found.getTotal());
        assertEquals(created.getId(), found.getItems().get(0).getId());
    }

    @Test
    public void devicesImportedFromCsvArePagedFilteredAndHaveAnEffectiveConfiguration() throws Exception {
        DevicesApi devices = new DevicesApi(client);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String[] macs = {Admin.uniqueMac(), Admin.uniqueMac(), Admin.uniqueMac()};
        Path csv = Files.createTempFile("devices", ".csv");
        Files.writeString(csv, "mac_address,endpoint_name,reg.1.address\n"
                + macs[0] + ",Client-" + tag + "-A,2001\n"
                + macs[1] + ",Client-" + tag + "-B,2002\n"
                + macs[2] + ",Client-" + tag + "-C,2003\n");
        ImportReport report = devices.importDevices(csv.toFile(), "comma", "off");
        assertEquals(Integer.valueOf(3), report.getCreated());
        assertEquals(Integer.valueOf(0), report.getFailed());

        PageDevice page = devices.findDevices("client-" + tag, null, null, null, null, null, null, null, null, null,
                "name", "desc", 1, 1);
        assertEquals("every match is counted", Long.valueOf(3), page.getTotal());
        assertEquals("one per page", 1, page.getItems().size());
        Device second = page.getItems().get(0);
        assertEquals("the second by name, descending", "Client-" + tag + "-B", second.getName());

        EffectiveConfig config = new ProfilesApi(client).getEffectiveConfig(second.getId());
        assertEquals(second.getId(), config.getDeviceId());
        assertTrue(config.toString(), config.getAttributes().stream()
                .anyMatch(a -> "reg.1.address".equals(a.getName()) && "2002".equals(a.getValue())));
    }

    @Test
    public void aRefusedRequestIsAnApiExceptionCarryingAProblem() throws Exception {
        DevicesApi devices = new DevicesApi(client);
        Problem tooMany = problem(400, () -> devices.findDevices(null, null, null, null, null, null, null, null, null, null,
                null, null, 0, 501));
        assertEquals("limit", tooMany.getField());
        assertEquals("must be between 1 and 500", tooMany.getRule());

        Problem missing = problem(404, () -> new SitesApi(client).getSite(Long.MAX_VALUE));
        assertEquals(Integer.valueOf(404), missing.getStatus());
        assertTrue(missing.getDetail(), missing.getDetail().contains(Long.toString(Long.MAX_VALUE)));

        ApiClient stranger = client();
        Problem signIn = problem(401, () -> new SitesApi(stranger).listSites(null, null, null));
        assertTrue(signIn.getDetail(), signIn.getDetail().contains("Sign in"));
    }

    /** A generated client sends the spellings the description publishes; the server must take every one of them. */
    @Test
    public void everyChoiceTheDescriptionPublishesIsTakenByTheServer() throws Exception {
        JsonNode description = client.getObjectMapper().readTree(https.get("/api/v1/openapi.json", "admin", password).body());
        List<String> refused = new ArrayList<>();
        int tried = 0;
        for (Map.Entry<String, JsonNode> path : description.path("paths").properties()) {
            JsonNode read = path.getValue().path("get");
            if (path.getKey().contains("{") || read.isMissingNode()) {
                continue;
            }
            for (JsonNode parameter : read.path("parameters")) {
                if (!"query".equals(parameter.path("in").asText())) {
                    continue;
                }
                for (JsonNode choice : parameter.path("schema").path("enum")) {
                    String query = path.getKey() + "?" + parameter.path("name").asText() + "=" + choice.asText() + "&limit=1";
                    java.net.http.HttpResponse<String> answer = https.get("/api/v1" + query, "admin", password);
                    tried++;
                    if (answer.statusCode() != 200) {
                        refused.add(query + " -> " + answer.statusCode() + " " + answer.body());
                    }
                }
            }
        }
        assertTrue("the description publishes choices for the lists (" + tried + ")", tried >= 40);
        assertEquals("published choices the server refused", List.of(), refused);

        DevicesApi devices = new DevicesApi(client);
        Path csv = Files.createTempFile("devices", ".csv");
        Files.writeString(csv, "mac_address,endpoint_name\n" + Admin.uniqueMac() + ",Choices\n");
        JsonNode modes = null;
        for (JsonNode parameter : description.at("/paths/~1devices~1import/post/parameters")) {
            if ("updateExisting".equals(parameter.path("name").asText())) {
                modes = parameter.path("schema").path("enum");
            }
        }
        assertTrue("updateExisting's choices are published: " + modes, modes != null && modes.size() >= 3);
        for (JsonNode mode : modes) {
            assertEquals(mode.asText(), Integer.valueOf(0), devices.importDevices(csv.toFile(), "comma", mode.asText()).getFailed());
        }
    }

    @Test
    public void swaggerUiIsServedOnTheApiDescriptionBehindTheApisSignIn() throws Exception {
        assertEquals("Swagger UI asks for the API's sign-in", 401, https.get("/api/v1/docs/", null, null).statusCode());
        java.net.http.HttpResponse<String> page = https.get("/api/v1/docs/", "admin", password);
        assertEquals(200, page.statusCode());
        assertTrue(page.body(), page.body().contains("swagger-ui-bundle.js") && page.body().contains("swagger-initializer.js"));
        java.net.http.HttpResponse<String> initializer = https.get("/api/v1/docs/swagger-initializer.js", "admin", password);
        assertTrue("it opens this server's description: " + initializer.body(), initializer.body().contains("openapi.json"));
        assertEquals(200, https.get("/api/v1/docs/swagger-ui-bundle.js", "admin", password).statusCode());
        assertEquals("only Swagger UI's own files", 404, https.get("/api/v1/docs/MANIFEST.MF", "admin", password).statusCode());
        assertEquals(303, https.get("/api/v1/docs", "admin", password).statusCode());
    }

    private interface Call {
        void run() throws ApiException;
    }

    private Problem problem(int status, Call call) throws Exception {
        try {
            call.run();
        } catch (ApiException e) {
            assertEquals(e.getResponseBody(), status, e.getCode());
            assertEquals("application/problem+json", e.getResponseHeaders().get("Content-Type").get(0));
            return client.getObjectMapper().readValue(e.getResponseBody(), Problem.class);
        }
        fail("expected " + status);
        return null;
    }
}
