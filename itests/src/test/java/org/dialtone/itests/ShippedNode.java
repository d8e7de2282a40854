package org.dialtone.itests;

import static org.junit.Assert.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The tar.gz unpacked and run with {@code bin/karaf server}, as an admin would; only the ports move (by {@code offset}). */
final class ShippedNode {
    final Path home;
    final int httpsPort;
    private Process karaf;

    private ShippedNode(Path home, int httpsPort) {
        this.home = home;
        this.httpsPort = httpsPort;
    }

    /** Unpacks the distribution into {@code target/<name>} with HTTPS on {@code 8443 + offset} and the other ports moved alike. */
    static ShippedNode unpack(String name, int offset) throws Exception {
        Path target = Path.of("target", name).toAbsolutePath();
        deleteRecursively(target);
        Files.createDirectories(target);
        run(target, "tar", "xzf", new File(System.getProperty("dialtone.distribution")).getAbsolutePath());
        Path home;
        try (var entries = Files.list(target)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        ShippedNode node = new ShippedNode(home, 8443 + offset);
        node.replace("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure = 8443", "org.osgi.service.http.port.secure = " + node.httpsPort);
        node.replace("etc/org.apache.karaf.shell.cfg", "sshPort = 8101", "sshPort = " + (8101 + offset));
        node.replace("etc/org.apache.karaf.management.cfg", "rmiRegistryPort = 1099", "rmiRegistryPort = " + (1099 + offset));
        node.replace("etc/org.apache.karaf.management.cfg", "rmiServerPort = 44444", "rmiServerPort = " + (44444 - offset));
        return node;
    }

    void replace(String file, String from, String to) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " no longer contains '" + from + "'; update this test's changes");
        }
        Files.writeString(path, text.replace(from, to), StandardCharsets.UTF_8);
    }

    void start() throws IOException {
        try {
            new java.net.ServerSocket(httpsPort).close();
        } catch (IOException e) {
            throw new IllegalStateException("port " + httpsPort + " is taken: an earlier run's Karaf may still be running (pkill -f "
                    + home.getParent() + ")", e);
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile());
        builder.environment().putIfAbsent("JAVA_HOME", System.getProperty("java.home"));
        karaf = builder.start();
    }

    /** A client trusting the certificates the first start generates, once they are there and complete. */
    Https client(Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        Exception last = null;
        while (System.nanoTime() < deadline && karaf.isAlive()) {
            try {
                return new Https(httpsPort, home.resolve("etc"));
            } catch (IOException | java.security.GeneralSecurityException e) {
                last = e;
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the first start created no usable TLS keystore within " + bound.toSeconds() + " s (the node "
                + (karaf.isAlive() ? "is still running" : "exited with " + karaf.exitValue()) + "); the end of its log:\n" + logTail(), last);
    }

    /** The warnings and errors at the end of the node's log, for a failure's message: the next test unpacks over it. */
    private String logTail() {
        java.nio.file.Path log = home.resolve("data/log/karaf.log");
        try {
            if (!Files.exists(log)) {
                return "(no data/log/karaf.log yet; console.log: " + (Files.exists(home.resolve("console.log"))
                        ? String.join("\n", Files.readAllLines(home.resolve("console.log"))) : "none") + ")";
            }
            List<String> lines = Files.readAllLines(log).stream().filter(l -> l.contains("| WARN ") || l.contains("| ERROR") || l.contains("Dialtone")).toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(the log could not be read: " + e.getMessage() + ")";
        }
    }

    /**
     * The first start ends with a feature pass that may refresh the JPA bundles (README: feature auto-refresh),
     * which takes the services away for a second or two: wait, bounded, until the features service has been quiet
     * for three seconds after a finished pass.
     */
    void awaitFeaturesSettled() throws Exception {
        Path log = home.resolve("data/log/karaf.log");
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String last = "";
        long quietSince = System.nanoTime();
        while (System.nanoTime() < deadline) {
            List<String> passes = Files.readAllLines(log, StandardCharsets.UTF_8).stream().filter(l -> l.contains("| FeaturesServiceImpl")).toList();
            String now = passes.isEmpty() ? "" : passes.get(passes.size() - 1);
            if (!now.equals(last)) {
                last = now;
                quietSince = System.nanoTime();
            } else if (now.endsWith("Done.") && System.nanoTime() - quietSince > Duration.ofSeconds(3).toNanos()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the features service did not settle within 90 s; see " + log);
    }

    String adminPassword() throws IOException {
        return Files.readString(home.resolve("data/dialtone/initial-admin-password")).trim();
    }

    void stop() throws Exception {
        if (karaf == null) {
            return;
        }
        // bin/karaf is a script: the JVM is its child, and must be found before the script goes.
        List<ProcessHandle> processes = new ArrayList<>(karaf.descendants().toList());
        processes.add(karaf.toHandle());
        processes.forEach(ProcessHandle::destroy);
        for (ProcessHandle process : processes) {
            try {
                process.onExit().get(30, TimeUnit.SECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.destroyForcibly();
            }
        }
    }

    private static void run(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).inheritIO().start();
        assertEquals(String.join(" ", command), 0, p.waitFor());
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
