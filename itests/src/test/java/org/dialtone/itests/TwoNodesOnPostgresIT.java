package org.dialtone.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.After;
import org.junit.Assume;
import org.junit.Test;

/**
 * Two server nodes, each the shipped tarball in its own JVM, on one PostgreSQL schema and one sealing key, as README's
 * "Switching to PostgreSQL" sets them up: a certificate installed on one is served by the other.
 */
public class TwoNodesOnPostgresIT {
    /**
     * Port offsets (HTTPS 29443 and 30443): below Linux's ephemeral range (32768-60999), where the local port of any
     * outgoing connection (a JDBC pool's, say) can hold a listener's port at the moment the node binds it.
     */
    private static final int NODE_A = 21000;
    private static final int NODE_B = 22000;
    private ShippedNode first;
    private ShippedNode second;

    @After
    public void stop() throws Exception {
        for (ShippedNode node : new ShippedNode[] {first, second}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    public void aCertificateInstalledOnOneNodeIsServedByTheOther() throws Exception {
        String schema = freshSchema();
        first = onPostgres(ShippedNode.unpack("node-a", NODE_A), schema);
        first.start();
        Https a = first.client(Duration.ofSeconds(90));
        a.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
        String passwordA = first.adminPassword();
        a.await("/api/v1/tls", "admin", passwordA, 200, Duration.ofSeconds(150));

        second = onPostgres(ShippedNode.unpack("node-b", NODE_B), schema);
        // Every node that shares a database needs the same sealing key (README).
        Files.copy(first.home.resolve("etc/dialtone-secret.key"), second.home.resolve("etc/dialtone-secret.key"));
        second.start();
        Https b = second.client(Duration.ofSeconds(90));
        b.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
        // Accounts are the installation's: node B's own first password gave way to node A's admin.
        String passwordB = passwordA;
        b.await("/api/v1/tls", "admin", passwordB, 200, Duration.ofSeconds(150));
        first.awaitFeaturesSettled();
        second.awaitFeaturesSettled();
        b.await("/api/v1/account", "admin", passwordB, 200, Duration.ofSeconds(60));
        assertFalse("node B's own first password is void and removed", Files.exists(second.home.resolve("data/dialtone/initial-admin-password")));
        String operator = "shared-op";
        String operatorPassword = "Both-nodes-pass-1";
        assertEquals(201, a.send("POST", "/api/v1/accounts", "admin", passwordA, "application/json", "{\"name\":\"" + operator
                + "\",\"role\":\"OPERATOR\",\"password\":\"" + operatorPassword + "\"}").statusCode());
        assertEquals("an account made on A signs in on B", 200, b.get("/api/v1/account", operator, operatorPassword).statusCode());
        JsonNode token = json(a.send("POST", "/api/v1/account/tokens", operator, operatorPassword, "application/json",
                "{\"label\":\"both nodes\",\"expiresInDays\":1}"), 201);
        assertEquals("a token made on A works on B", operator, json(b.bearer("GET", "/api/v1/account", token.get("secret").asText(), null, null), 200)
                .get("account").get("name").asText());
        assertEquals(204, a.send("DELETE", "/api/v1/account/tokens/" + token.get("token").get("id").asLong(), operator, operatorPassword, null, null)
                .statusCode());
        HttpResponse<String> revoked = b.bearer("GET", "/api/v1/account", token.get("secret").asText(), null, null);
        assertEquals("revoked on A, refused on B: " + revoked.body(), 401, revoked.statusCode());

        Eventually.holds(Duration.ofSeconds(30), () -> assertEquals("both nodes' self-signed certificates chain to the installation's one CA",
                a.get("/api/v1/tls/ca.pem", "admin", passwordA).body(), b.get("/api/v1/tls/ca.pem", "admin", passwordB).body()));

        String host = "prov-nodes.example.com";
        assertEquals(200, a.send("PUT", "/api/v1/provisioning/settings", "admin", passwordA, "application/json",
                "{\"hostName\":\"" + host + "\"}").statusCode());
        Pki pki = new Pki(Files.createTempDirectory("nodes")).ca("Nodes-Root")
                .issue("Nodes-Root", "server", host, "subjectAltName=DNS:" + host + ",DNS:localhost", "extendedKeyUsage=serverAuth");
        HttpResponse<String> installed = a.send("PUT", "/api/v1/tls/certificate", "admin", passwordA, "application/x-pem-file",
                pki.bundle("server", "Nodes-Root", "server"));
        assertEquals(installed.body(), 200, installed.statusCode());
        String fingerprint = fingerprint(pki.read("server.pem"));

        Eventually.holds(Duration.ofSeconds(30), () -> assertEquals("node A serves it without a restart", fingerprint, served(first.httpsPort)));
        Eventually.holds(Duration.ofSeconds(30), () -> assertEquals("node B serves it from the database", fingerprint, served(second.httpsPort)));
        assertTrue(Tls.openssl(second.httpsPort, "-CAfile", pki.dir().resolve("Nodes-Root.pem").toString(), "-verify_hostname", host)
                .contains("Verify return code: 0 (ok)"));
    }

    /**
     * Issue 18: a task over devices of both nodes' database is executed once, the nodes sharing its devices through
     * their claims; then a node is stopped mid-task and the other finishes its devices once their lease runs out.
     */
    @Test
    public void bothNodesShareATaskAndOneFinishesWhatTheOtherLeft() throws Exception {
        String schema = freshSchema();
        try (PhoneFleet fleet = new PhoneFleet()) {
            String tasks = fleet.tasksConfig("concurrency = 3\nperSite = 100\nleaseSeconds = 4\n");
            first = onPostgres(ShippedNode.unpack("node-a", NODE_A), schema);
            Files.writeString(first.home.resolve("etc/org.dialtone.tasks.cfg"), tasks, StandardCharsets.UTF_8);
            first.start();
            Https a = first.client(Duration.ofSeconds(90));
            a.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
            String passwordA = first.adminPassword();
            first.awaitFeaturesSettled();
            a.await("/api/v1/tasks", "admin", passwordA, 200, Duration.ofSeconds(60));
            second = onPostgres(ShippedNode.unpack("node-b", NODE_B), schema);
            Files.copy(first.home.resolve("etc/dialtone-secret.key"), second.home.resolve("etc/dialtone-secret.key"));
            Files.writeString(second.home.resolve("etc/org.dialtone.tasks.cfg"), tasks, StandardCharsets.UTF_8);
            second.start();
            Https b = second.client(Duration.ofSeconds(90));
            b.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
            second.awaitFeaturesSettled();
            String passwordB = passwordA;
            b.await("/api/v1/tasks", "admin", passwordB, 200, Duration.ofSeconds(60));

            PhoneFleet.prepare(a, passwordA);
            java.util.List<String> macs = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String mac = Admin.uniqueMac();
                fleet.provision(first, a, passwordA, mac);
                fleet.phone(mac).slowness(400);
                macs.add(mac);
            }
            long shared = json(a.send("POST", "/api/v1/tasks", "admin", passwordA, "application/json",
                    "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"filter\",\"filter\":\"\"}]}"), 201).get("id").asLong();
            Eventually.holds(Duration.ofSeconds(60), () -> assertEquals("DONE", json(b.get("/api/v1/tasks/" + shared, "admin", passwordB), 200)
                    .get("state").asText()));
            assertEquals(12, json(b.get("/api/v1/tasks/" + shared, "admin", passwordB), 200).get("totals").get("success").asInt());
            for (String mac : macs) {
                assertEquals("device " + mac + " was rebooted exactly once by the two nodes", 1, fleet.phone(mac).resets()[0]);
            }

            macs.forEach(m -> fleet.phone(m).slowness(1500));
            long left = json(a.send("POST", "/api/v1/tasks", "admin", passwordA, "application/json",
                    "{\"type\":\"reboot\",\"targets\":[{\"kind\":\"filter\",\"filter\":\"\"}]}"), 201).get("id").asLong();
            Eventually.holds(Duration.ofSeconds(20), () -> assertTrue(macs.stream().anyMatch(m -> fleet.phone(m).resets()[0] == 2)));
            first.stop();
            first = null;
            Eventually.holds(Duration.ofSeconds(90), () -> {
                JsonNode task = json(b.get("/api/v1/tasks/" + left, "admin", passwordB), 200);
                assertEquals(task.toString(), "DONE", task.get("state").asText());
                assertEquals(task.toString(), 12, task.get("totals").get("success").asInt());
            });
            for (String mac : macs) {
                assertTrue("device " + mac + " was rebooted by the second task", fleet.phone(mac).resets()[0] >= 2);
            }
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(response.body(), status, response.statusCode());
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(response.body());
    }

    private static ShippedNode onPostgres(ShippedNode node, String schema) throws Exception {
        String datasource = "etc/org.ops4j.datasource-dialtone.cfg";
        String text = Files.readString(node.home.resolve(datasource), StandardCharsets.UTF_8);
        StringBuilder postgres = new StringBuilder();
        for (String line : text.split("\n")) {
            if (line.startsWith("osgi.jdbc.driver.name") || line.startsWith("url") || line.startsWith("user") || line.startsWith("password")) {
                continue;
            }
            postgres.append(line).append('\n');
        }
        postgres.append("osgi.jdbc.driver.name = PostgreSQL JDBC Driver\n")
                .append("url = ").append(DialtoneExam.URL).append("?currentSchema=").append(schema).append('\n')
                .append("user = ").append(DialtoneExam.USER).append('\n')
                .append("password = \n");
        Files.writeString(node.home.resolve(datasource), postgres.toString(), StandardCharsets.UTF_8);
        return node;
    }

    private static String freshSchema() throws Exception {
        Connection connection;
        try {
            connection = DialtoneExam.connect();
        } catch (java.sql.SQLException e) {
            Assume.assumeTrue("PostgreSQL at " + DialtoneExam.URL + " is unreachable (" + e.getMessage() + "); skipping the two-node test",
                    "true".equals(System.getenv("CI")));
            throw e;
        }
        try (connection; Statement statement = connection.createStatement()) {
            String schema = "itest_nodes_" + UUID.randomUUID().toString().replace("-", "");
            statement.execute("CREATE SCHEMA " + schema);
            return schema;
        }
    }

    private static String served(int port) throws Exception {
        Matcher pem = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----")
                .matcher(Tls.openssl(port, "-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256"));
        assertTrue("a certificate was served on " + port, pem.find());
        return fingerprint(pem.group());
    }

    private static String fingerprint(String pem) throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
    }
}
