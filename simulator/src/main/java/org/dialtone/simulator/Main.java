package org.dialtone.simulator;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * {@code java -jar dialtone-simulator.jar --url https://127.0.0.1:8443/prov --user U --password P [options]}:
 * boots a fleet once and prints what it measured. Targets loopback unless {@code --allow-remote}.
 */
public final class Main {
    private static final String USAGE = """
            usage: simulator --url https://127.0.0.1:8443/prov --user USER (--password PASSWORD | --password-file FILE)
                   [--count 200] [--concurrency 50] [--mix %s] [--auth digest|basic]
                   [--max-seconds 600] [--seed 1] [--mac-prefix 0004f2] [--trust-store FILE.p12 --trust-password-file FILE | --insecure] [--phone-tls]
                   [--json] [--allow-remote] [--save-dir DIR]
               or: simulator --csv-out FILE [--count --mix --seed --mac-prefix]   (the fleet as a Dialtone device CSV)
               or: simulator --device-api-port 9443 --device-password PASSWORD [--count --mix --seed --mac-prefix]
                   (the REST APIs of the fleet's VVX, Trio and CX phones at https://127.0.0.1:PORT/<mac>/api/..., until stopped)
            """.formatted(Fleet.DEFAULT_MIX);

    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options;
        try {
            options = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        if (options.containsKey("csv-out")) {
            Files.writeString(Path.of(options.get("csv-out")), Fleet.csv(fleet(options)));
            return;
        }
        if (options.containsKey("device-api-port")) {
            serveDeviceApis(options);
            return;
        }
        String url = require(options, "url");
        java.net.URI uri = java.net.URI.create(url);
        if (!"https".equals(uri.getScheme())) {
            fail("--url must be https://…/prov");
        }
        if (!options.containsKey("allow-remote") && !List.of("127.0.0.1", "localhost", "::1", "[::1]").contains(uri.getHost())) {
            fail("--url points away from this machine; add --allow-remote if you mean it");
        }
        String password = options.containsKey("password-file") ? Files.readString(Path.of(options.get("password-file"))).strip()
                : require(options, "password");
        Path saveDir = options.containsKey("save-dir") ? Path.of(options.get("save-dir")).toAbsolutePath().normalize() : null;
        BootSequence.Target target = new BootSequence.Target(url, require(options, "user"), password,
                !"basic".equals(options.getOrDefault("auth", "digest")), tls(options), org.apache.hc.core5.util.Timeout.ofSeconds(30), saveDir,
                options.containsKey("phone-tls"));
        Report report = Storm.run(fleet(options), target, Integer.parseInt(options.getOrDefault("concurrency", "50")),
                Duration.ofSeconds(Long.parseLong(options.getOrDefault("max-seconds", "600"))));
        System.out.print(options.containsKey("json") ? report.toJson() + "\n" : report.toText());
        System.exit(report.errorCount() == 0 && report.bootsFailed() == 0 ? 0 : 1);
    }

    private static void serveDeviceApis(Map<String, String> options) throws Exception {
        Path dir = Files.createTempDirectory("dialtone-device-api");
        org.dialtone.simulator.restapi.DeviceApiSimulator api = new org.dialtone.simulator.restapi.DeviceApiSimulator(
                Integer.parseInt(options.get("device-api-port")), org.dialtone.simulator.restapi.DeviceApiSimulator.selfSignedTls(dir), 16);
        int served = 0;
        for (VirtualDevice d : fleet(options)) {
            if (d.family() == VirtualDevice.Family.VVX || d.family() == VirtualDevice.Family.TRIO || d.family() == VirtualDevice.Family.CX) {
                api.add(new org.dialtone.simulator.restapi.SimulatedPhone(d.mac(), d.model(), d.firmware(), require(options, "device-password"),
                        List.of(new org.dialtone.simulator.restapi.SimulatedPhone.Line(1, d.mac() + "@sip.example.com", true))));
                served++;
            }
        }
        System.out.println(served + " phone REST APIs at https://127.0.0.1:" + api.port() + "/<mac>/api/v1/... (Ctrl-C stops)");
        Thread.currentThread().join();
    }

    private static List<VirtualDevice> fleet(Map<String, String> options) {
        return Fleet.generate(Integer.parseInt(options.getOrDefault("count", "200")),
                Fleet.parseMix(options.getOrDefault("mix", Fleet.DEFAULT_MIX)), Long.parseLong(options.getOrDefault("seed", "1")),
                options.getOrDefault("mac-prefix", "0004f2"));
    }

    static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        List<String> flags = List.of("json", "insecure", "allow-remote", "phone-tls");
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument " + args[i]);
            }
            String name = args[i].substring(2);
            if (flags.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return options;
    }

    static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private static void fail(String message) {
        System.err.println(message);
        System.exit(2);
    }

    /** Trusts the server's own keystore (the distribution's etc/dialtone-tls.p12), or anything with --insecure. */
    static SSLContext tls(Map<String, String> options) throws Exception {
        SSLContext context = SSLContext.getInstance("TLS");
        if (options.containsKey("trust-store")) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            char[] password = Files.readString(Path.of(require(options, "trust-password-file"))).strip().toCharArray();
            try (InputStream in = Files.newInputStream(Path.of(options.get("trust-store")))) {
                store.load(in, password);
            }
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            context.init(null, trust.getTrustManagers(), null);
        } else if (options.containsKey("insecure")) {
            context.init(null, new javax.net.ssl.TrustManager[] {new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            }}, null);
        } else {
            context.init(null, null, null);
        }
        return context;
    }
}
