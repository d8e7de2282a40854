package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.security.auth.Subject;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.junit.Test;
import org.osgi.framework.Bundle;

/** What a user of the distribution sees, asserted on H2 and on PostgreSQL. */
public class ServerIT extends OnTheServer {
    private static final String HEALTH = "/api/v1/system/health";
    private static final String SETTINGS = "/api/v1/provisioning/settings";

    @Test
    public void dialtoneServerFeatureIsInstalledWithEveryBundleActive() throws Exception {
        assertTrue(features.isInstalled(features.getFeature("dialtone-server")));
        List<String> inactive = Stream.of(context.getBundles())
                .filter(b -> b.getHeaders().get("Fragment-Host") == null && b.getState() != Bundle.ACTIVE)
                .map(b -> b.getSymbolicName() + " " + b.getState())
                .collect(Collectors.toList());
        assertEquals("bundles not active", List.of(), inactive);
    }

    @Test
    public void healthAnswersOverHttpsWithVersionAndDatabase() throws Exception {
        HttpResponse<String> health = https.get(HEALTH, "admin", password);
        assertEquals(200, health.statusCode());
        assertTrue(health.body(), health.body().contains("\"status\":\"UP\""));
        assertTrue(health.body(), health.body().contains("\"version\":\"0."));
        assertTrue("expected " + DialtoneOptions.expectedDatabase() + " (dialtone.itest.database=" + System.getProperty("dialtone.itest.database") + "): " + health.body(),
                Pattern.compile("\"kind\":\"" + DialtoneOptions.expectedDatabase()).matcher(health.body()).find());
        assertTrue(health.body(), health.body().contains("\"drivers\":["));
        assertTrue(health.body(), health.body().contains("\"missingServices\":[]"));
    }

    /** Issue 16, item 14: bodies that do not bind are a 400 naming the field or the shape, never a class name or a 5xx. */
    @Test
    public void hostileBodiesAreRefusedInWordsWithoutClassNames() throws Exception {
        String longModel = "M".repeat(300);
        String[][] corpus = {
                {"POST", "/sites", "[]"}, {"POST", "/sites", "\"x\""}, {"POST", "/sites", "{\"name\":5,\"publicSubnets\":\"x\"}"},
                {"POST", "/sites", "{\"name\":\"A\",\"publicSubnets\":[{\"ipAddress\":\"1.2.3.4\",\"maskLength\":\"x\"}]}"},
                {"POST", "/profiles", "[1,2]"}, {"POST", "/profiles", "{\"name\":\"p\",\"attributes\":{\"a\":1}}"},
                {"POST", "/device-groups", "{\"name\":[\"a\"]}"}, {"PUT", "/provisioning/settings", "{\"pollingWindowStart\":\"25:99\"}"}, {"PUT", "/provisioning/settings", "{\"pollingWindowStart\":{\"h\":1}}"},
                {"PUT", "/deployment/global/profiles", "{\"profileIds\":\"x\"}"},
                {"PUT", "/deployment/global/profiles", "{\"profileIds\":[{\"a\":1}]}"},
                {"PUT", "/deployment/model/" + longModel + "/profiles", "{\"profileIds\":[]}"},
                {"POST", "/devices", "{\"type\":\"VVX\",\"mac\":\"0004f2000001\",\"groupIds\":\"all\"}"},
                {"POST", "/sites", "{\"name\":\"A\""}};
        for (String[] request : corpus) {
            HttpResponse<String> answer = admin.call(request[0], request[1], "application/json", request[2]);
            String what = request[0] + " " + request[1] + " " + request[2] + " answered " + answer.statusCode() + ": " + answer.body();
            assertTrue(what, answer.statusCode() >= 400 && answer.statusCode() < 500);
            assertEquals(what, "application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
            assertFalse(what, answer.body().contains("org.dialtone") || answer.body().contains("java.") || answer.body().contains("Exception"));
        }
    }

    /**
     * Issue 16, item 14: what no resource of ours answers (a path no URI parser takes, a request Jetty cannot parse, a
     * path nothing serves, a body whose chunks are broken) is a short problem+json under /api and plain text elsewhere,
     * never a 5xx or an HTML page naming an exception.
     */
    @Test
    public void whatTheWebServerAnswersItselfIsShortAndNamesNoClass() throws Exception {
        String host = "Host: localhost\r\nConnection: close\r\n";
        String credentials = "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        String[][] corpus = {
                {"400", "application/problem+json", "GET /api/v1/sites/%u002e HTTP/1.1\r\n" + host + "\r\n"},
                {"400", "application/problem+json", "GET /api/v1/sites/a\\b HTTP/1.1\r\n" + host + credentials + "\r\n"},
                {"400", "text/plain", "GET /prov/../%u002e HTTP/1.1\r\n" + host + "\r\n"},
                {"404", "text/plain", "GET /nothing-is-here HTTP/1.1\r\n" + host + "\r\n"},
                {"400", "text/plain", "GET /a b c HTTP/1.1\r\n" + host + "\r\n"},
                {"400", "text/plain", "GET /api/v1/sites HTTP/1.1\r\n" + host + "Content-Length: -5\r\n\r\n"},
                {"414", "text/plain", "GET /api/v1/" + "a".repeat(20_000) + " HTTP/1.1\r\n" + host + "\r\n"},
                {"400", "application/problem+json", "PUT /api/v1/provisioning/settings HTTP/1.1\r\n" + host + credentials
                        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n"}};
        for (String[] request : corpus) {
            String answer = https.raw(request[2]);
            String what = request[2].substring(0, Math.min(80, request[2].indexOf("\r\n"))) + " answered: "
                    + answer.substring(0, Math.min(600, answer.length()));
            assertTrue(what, answer.startsWith("HTTP/1.1 " + request[0] + " "));
            assertTrue(what, Pattern.compile("(?im)^Content-Type: " + Pattern.quote(request[1])).matcher(answer).find());
            assertFalse(what, answer.contains("<html") || answer.contains("<h1") || answer.contains("java.")
                    || answer.contains("Exception") || answer.contains("org."));
        }
        assertEquals("the API itself still answers", 200, https.get(HEALTH, "admin", password).statusCode());
    }

    /** Issue 17: a write from another site's page is refused before it runs; the console's own origin and scripts go through. */
    @Test
    public void aWriteFromAnotherSitesPageIsRefusedAndChangesNothing() throws Exception {
        String credentials = "Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8)) + "\r\n";
        String site = Admin.unique("xsite");
        String body = "{\"name\":\"" + site + "\"}";
        String write = "POST /api/v1/sites HTTP/1.1\r\nHost: localhost:" + DialtoneOptions.HTTPS_PORT + "\r\nConnection: close\r\n" + credentials
                + "Content-Type: application/json\r\nContent-Length: " + body.length() + "\r\n";
        String fromElsewhere = https.raw(write + "Origin: https://evil.example.net\r\n\r\n" + body);
        assertTrue(fromElsewhere, fromElsewhere.startsWith("HTTP/1.1 403 "));
        assertTrue(fromElsewhere, fromElsewhere.contains("another site"));
        String fetchedCrossSite = https.raw(write + "Sec-Fetch-Site: cross-site\r\n\r\n" + body);
        assertTrue(fetchedCrossSite, fetchedCrossSite.startsWith("HTTP/1.1 403 "));
        assertEquals("nothing was created", 0, admin.get("/sites?q=" + site).get("items").size());

        String fromTheConsole = https.raw(write + "Origin: https://localhost:" + DialtoneOptions.HTTPS_PORT + "\r\n\r\n" + body);
        assertTrue(fromTheConsole, fromTheConsole.startsWith("HTTP/1.1 201 "));
        long id = admin.get("/sites?q=" + site).get("items").get(0).get("id").asLong();
        assertEquals(204, admin.call("DELETE", "/sites/" + id, null, null).statusCode());
    }

    /** Issue 16, item 22: a wrong password for a real account and an unknown name take about as long. */
    @Test
    public void failedSignInsDoNotTellWhichNamesExist() throws Exception {
        long[] realName = new long[7];
        long[] unknownName = new long[7];
        for (int i = 0; i < realName.length; i++) {
            long started = System.nanoTime();
            assertEquals(401, https.get(HEALTH, "admin", "wrong-" + i).statusCode());
            realName[i] = System.nanoTime() - started;
            started = System.nanoTime();
            assertEquals(401, https.get(HEALTH, "nobody-" + i, "wrong-" + i).statusCode());
            unknownName[i] = System.nanoTime() - started;
        }
        java.util.Arrays.sort(realName);
        java.util.Arrays.sort(unknownName);
        long real = realName[realName.length / 2];
        long unknown = unknownName[unknownName.length / 2];
        assertTrue("median " + unknown / 1_000_000 + " ms for an unknown name, " + real / 1_000_000 + " ms for a real one", unknown * 2 > real);
    }

    @Test
    public void requestsWithoutValidAdminCredentialsAreRefused() throws Exception {
        HttpResponse<String> anonymous = https.get(HEALTH, null, null);
        assertEquals(401, anonymous.statusCode());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm="));
        assertEquals("application/problem+json", anonymous.headers().firstValue("Content-Type").orElse(""));

        assertEquals(401, https.get(HEALTH, "admin", "wrong-" + password).statusCode());
        assertEquals("unknown paths do not leak to strangers", 401, https.get("/api/v1/no/such/path", null, null).statusCode());
        assertEquals(401, https.send("PUT", SETTINGS, null, null, "application/json", "{\"hostName\":\"evil\"}").statusCode());
        assertEquals(401, https.get("/system/console/bundles", null, null).statusCode());
    }

    @Test
    public void initialAdminPasswordFileIsOwnerOnlyAndTheRealmStoresOnlyAHash() throws Exception {
        Path file = Path.of(System.getProperty("karaf.data"), "dialtone", "initial-admin-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String users = Files.readString(Path.of(System.getProperty("karaf.etc"), "users.properties"));
        assertFalse("the admin password must not be stored in clear", users.contains(password));
        assertTrue(users, users.contains("admin = {CRYPT}"));
    }

    @Test
    public void settingsWrittenThroughRestAreReadBack() throws Exception {
        HttpResponse<String> put = https.send("PUT", SETTINGS, "admin", password, "application/json",
                "{\"hostName\":\"prov-itest.example.com\",\"downloadPathOutside\":\"https://dl.example.com/ucs/\","
                        + "\"pollingWindowStart\":\"01:30\",\"pollingWindowEnd\":\"02:30\","
                        + "\"accountUser\":\"PlcmSpIp\",\"accountPassword\":\"Itest-secret-1\"}");
        try {
            assertEquals(put.body(), 200, put.statusCode());
            readsBackWhatWasWritten();
        } finally {
            // Devices outside every site would get this path in the other areas' tests.
            https.send("PUT", SETTINGS, "admin", password, "application/json", "{\"downloadPathOutside\":\"\"}");
        }
    }

    private void readsBackWhatWasWritten() throws Exception {

        String read = https.get(SETTINGS, "admin", password).body();
        assertTrue(read, read.contains("\"hostName\":\"prov-itest.example.com\""));
        assertTrue(read, read.contains("\"downloadPathOutside\":\"https://dl.example.com/ucs/\""));
        assertTrue(read, read.contains("\"pollingWindowStart\":\"01:30:00\""));
        assertTrue(read, read.contains("\"accountConfigured\":true"));
        assertTrue("the address follows the HTTPS listener's port: " + read,
                read.contains("\"provisioningAddress\":\"https://prov-itest.example.com:" + DialtoneOptions.HTTPS_PORT + "/prov\""));
        assertTrue(read, read.contains("\"modifiedBy\":\"admin\""));
        assertFalse("the account password is never returned", read.contains("Itest-secret-1"));
    }

    @Test
    public void invalidSettingsAreRefusedNamingTheFieldAndChangeNothing() throws Exception {
        String before = https.get(SETTINGS, "admin", password).body();

        HttpResponse<String> reserved = https.send("PUT", SETTINGS, "admin", password, "application/json",
                "{\"hostName\":\"console-phones\",\"pollingWindowStart\":\"04:00\"}");
        assertEquals(400, reserved.statusCode());
        assertEquals("application/problem+json", reserved.headers().firstValue("Content-Type").orElse(""));
        assertTrue(reserved.body(), reserved.body().contains("\"field\":\"hostName\""));

        HttpResponse<String> emptyWindow = https.send("PUT", SETTINGS, "admin", password, "application/json",
                "{\"pollingWindowStart\":\"07:00\",\"pollingWindowEnd\":\"07:00\"}");
        assertEquals("a rule checked inside the transaction is still a 400", 400, emptyWindow.statusCode());
        assertTrue(emptyWindow.body(), emptyWindow.body().contains("\"field\":\"pollingWindowEnd\""));

        HttpResponse<String> unknown = https.send("PUT", SETTINGS, "admin", password, "application/json", "{\"hostname\":\"x\"}");
        assertEquals(400, unknown.statusCode());
        assertTrue(unknown.body(), unknown.body().contains("\"field\":\"hostname\""));

        HttpResponse<String> malformed = https.send("PUT", SETTINGS, "admin", password, "application/json", "{\"hostName\":");
        assertEquals(400, malformed.statusCode());
        assertFalse("no stack trace", malformed.body().contains("Exception"));

        assertEquals(415, https.send("PUT", SETTINGS, "admin", password, "text/plain", "hostName=x").statusCode());
        assertEquals(413, https.send("PUT", SETTINGS, "admin", password, "application/json",
                "{\"hostName\":\"" + "a".repeat(2 * 1024 * 1024) + "\"}").statusCode());
        assertEquals(404, https.get("/api/v1/no/such/path", "admin", password).statusCode());

        assertEquals("a refused request changes nothing", withoutVolatile(before), withoutVolatile(https.get(SETTINGS, "admin", password).body()));
    }

    @Test
    public void openApiDocumentDescribesTheApi() throws Exception {
        HttpResponse<String> openapi = https.get("/api/v1/openapi.json", "admin", password);
        assertEquals(200, openapi.statusCode());
        assertTrue(openapi.body(), openapi.body().contains("\"openapi\""));
        assertTrue(openapi.body(), openapi.body().contains("/provisioning/settings"));
        assertTrue(openapi.body(), openapi.body().contains("/system/health"));
    }

    @Test
    public void phonesOnFactorySettingsCompleteAHandshakeWithTheRsaCertificate() throws Exception {
        String uc4 = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1_2", "-cipher", "RSA:!EXP:!LOW:!NULL:!MD5:@STRENGTH");
        assertTrue(uc4, uc4.contains("Cipher is AES256-GCM-SHA384") || uc4.contains("Cipher is AES128-GCM-SHA256"));
        assertTrue("UC Software 4.x gets RSA: " + uc4, uc4.contains("Server public key is 2048 bit"));

        String uc5 = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1_2", "-cipher",
                "ALL:!aNULL:!eNULL:!DSS:!SEED:!ECDSA:!IDEA:!MEDIUM:!LOW:!EXP:!DH:!AECDH:!PSK:!SRP:!MD5:!RC4:@STRENGTH");
        assertTrue("UC Software 5.x+/Trio get ECDHE-RSA in the server's order: " + uc5, uc5.contains("Cipher is ECDHE-RSA-AES128-GCM-SHA256"));
        assertTrue(uc5, uc5.contains("Server public key is 2048 bit"));

        String ecdsa = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1_2", "-cipher", "ECDHE-ECDSA-AES128-GCM-SHA256");
        assertTrue("an ECDSA-only client gets the ECDSA certificate: " + ecdsa, ecdsa.contains("Server public key is 256 bit"));

        assertTrue("a phone opening a connection per file resumes its session", Tls.resumes(DialtoneOptions.HTTPS_PORT));
    }

    @Test
    public void theMainPortRefusesTls10And11AndWeakSuites() throws Exception {
        for (String version : List.of("-tls1", "-tls1_1")) {
            String old = Tls.openssl(DialtoneOptions.HTTPS_PORT, version, "-cipher", "DEFAULT:@SECLEVEL=0");
            assertTrue(version + " is refused: " + old, Tls.failed(old));
        }
        // RC4, 3DES and EXPORT are not even in this OpenSSL; the JDK refuses them too (JdkTlsPolicyTest keeps them refused).
        for (String weak : List.of("aNULL", "eNULL", "DHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES128-SHA256", "CAMELLIA")) {
            String refused = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1_2", "-cipher", weak + ":@SECLEVEL=0");
            assertTrue(weak + " is refused: " + refused, Tls.failed(refused));
        }
    }

    @Test
    public void healthShellCommandReportsTheDatabase() throws Exception {
        String output = admin.execute("dialtone:health");
        assertTrue(output, output.contains(": UP"));
        assertTrue(output, output.contains("Database: " + DialtoneOptions.expectedDatabase()));
    }

    private static String withoutVolatile(String json) {
        Matcher m = Pattern.compile("\"modifiedAt\":\"[^\"]*\"").matcher(json);
        return m.replaceAll("");
    }
}
