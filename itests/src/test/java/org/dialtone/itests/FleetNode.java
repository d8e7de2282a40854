package org.dialtone.itests;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

/**
 * A shipped node whose device calls reach a {@link PhoneFleet}: started with the fleet's tasks configuration (plus
 * {@code tasksMore}) and the given {@code etc/} files, up and with the phones' provisioning account and baseline.
 */
final class FleetNode implements AutoCloseable {
    final PhoneFleet fleet;
    final ShippedNode node;
    final Https https;
    final String password;

    private FleetNode(PhoneFleet fleet, ShippedNode node, Https https, String password) {
        this.fleet = fleet;
        this.node = node;
        this.https = https;
        this.password = password;
    }

    static FleetNode start(String name, int httpsPort, String tasksMore, Map<String, String> etcFiles) throws Exception {
        PhoneFleet fleet = new PhoneFleet();
        ShippedNode node = ShippedNode.unpack(name, httpsPort - 8443);
        Files.writeString(node.home.resolve("etc/org.dialtone.tasks.cfg"), fleet.tasksConfig(tasksMore), StandardCharsets.UTF_8);
        for (Map.Entry<String, String> file : etcFiles.entrySet()) {
            Files.writeString(node.home.resolve("etc").resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        node.start();
        Https https = node.client(Duration.ofSeconds(90));
        https.await("/api/v1/system/health", null, null, 401, Duration.ofSeconds(150));
        String password = node.adminPassword();
        node.awaitFeaturesSettled();
        Eventually.holds(Duration.ofSeconds(60), () -> assertEquals(200,
                https.send("GET", "/api/v1/tasks", "admin", password, null, null).statusCode()));
        PhoneFleet.prepare(https, password);
        return new FleetNode(fleet, node, https, password);
    }

    @Override
    public void close() throws Exception {
        try {
            node.stop();
        } finally {
            fleet.close();
        }
    }
}
