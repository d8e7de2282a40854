package org.dialtone.simulator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.BasicHttpClientConnectionManager;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.ssl.DefaultClientTlsStrategy;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.io.entity.ByteArrayEntity;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;
import org.dialtone.simulator.VirtualDevice.Family;

/**
 * One device's boot, as the real device makes it (DEVICES.md 1.1): one TLS connection for the whole boot, the
 * provisioning account by Digest (the server's challenge first) or Basic, every answer read and checked.
 */
final class BootSequence {
    private static final Set<Integer> FOUND_OR_NOT = Set.of(200, 304, 404);
    private static final Set<Integer> STORED = Set.of(200, 201, 204);

    /** Where and how devices reach the server. */
    /** {@code saveDir}: when set, every file answered 200 is written there under its path (for the nginx comparison). */
    /** {@code phoneTls}: offer what a UC Software 5.x+/Trio phone offers on factory settings (TLS 1.2, RSA-authenticated suites). */
    record Target(String baseUrl, String user, String password, boolean digest, SSLContext tls, Timeout timeout, java.nio.file.Path saveDir,
                  boolean phoneTls) {
        Target {
            baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
        }
    }

    /** OpenSSL's {@code ALL:!aNULL:!eNULL:!DSS:!SEED:!ECDSA:!IDEA:!MEDIUM:!LOW:!EXP:!DH:!AECDH:!PSK:!SRP:!MD5:!RC4:@STRENGTH}, in JSSE names. */
    static final String[] PHONE_SUITES = {
        "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA384", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_256_CBC_SHA256", "TLS_RSA_WITH_AES_256_CBC_SHA",
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256", "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA",
        "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA256", "TLS_RSA_WITH_AES_128_CBC_SHA"};

    /** A step the server got wrong; the boot stops there. */
    static final class StepFailed extends Exception {
        final String kind;

        StepFailed(String kind, String detail) {
            super(detail);
            this.kind = kind;
        }
    }

    private final Target target;
    private final Recorder recorder;

    BootSequence(Target target, Recorder recorder) {
        this.target = target;
        this.recorder = recorder;
    }

    private DefaultClientTlsStrategy tlsStrategy() {
        if (target.phoneTls()) {
            return new DefaultClientTlsStrategy(target.tls(), new String[] {"TLSv1.2"}, PHONE_SUITES,
                    org.apache.hc.core5.reactor.ssl.SSLBufferMode.STATIC, NoopHostnameVerifier.INSTANCE);
        }
        return new DefaultClientTlsStrategy(target.tls(), NoopHostnameVerifier.INSTANCE);
    }

    /** Boots the device; true when every step got what a device expects. */
    boolean boot(VirtualDevice device) {
        BasicHttpClientConnectionManager connection = BasicHttpClientConnectionManager.create(
                null, null, name -> "https".equals(name) ? tlsStrategy() : null, null);
        connection.setConnectionConfig(org.apache.hc.client5.http.config.ConnectionConfig.custom()
                .setConnectTimeout(target.timeout()).setSocketTimeout(target.timeout()).build());
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(null, -1), new UsernamePasswordCredentials(target.user(), target.password().toCharArray()));
        try (CloseableHttpClient client = HttpClients.custom().setConnectionManager(connection).setDefaultCredentialsProvider(credentials)
                .setDefaultRequestConfig(RequestConfig.custom().setTargetPreferredAuthSchemes(List.of(target.digest()
                        ? StandardAuthScheme.DIGEST : StandardAuthScheme.BASIC)).setResponseTimeout(target.timeout()).build())
                .disableAutomaticRetries().build()) {
            Session session = new Session(client, HttpClientContext.create(), device);
            switch (device.family()) {
                case STUDIO -> studio(session, device);
                case GROUPSERIES -> groupSeries(session, device);
                default -> ucs(session, device);
            }
            recorder.boot(true);
            return true;
        } catch (StepFailed e) {
            recorder.error(e.kind, device.identity() + ": " + e.getMessage());
        } catch (IOException e) {
            recorder.error("io " + e.getClass().getSimpleName(), device.identity() + ": " + e.getMessage());
        } catch (RuntimeException e) {
            recorder.error("client " + e.getClass().getSimpleName(), device.identity() + ": " + e.getMessage());
        }
        recorder.boot(false);
        return false;
    }

    private void ucs(Session s, VirtualDevice d) throws IOException, StepFailed {
        String mac = d.mac();
        Documents.Master early = master(s.get(mac + ".cfg", false, Set.of(200), "master"));
        s.put(early.directory("LOG_FILE_DIRECTORY") + mac + "-boot.log", false, ("boot log of " + mac + "\n").getBytes(StandardCharsets.UTF_8));

        Documents.Master master = master(s.get(mac + ".cfg", true, Set.of(200), "master"));
        for (String file : master.configFiles()) {
            String name = file.replace("[PHONE_MAC_ADDRESS]", mac);
            Response r = s.get(name, true, Set.of(200), "config file");
            if (name.endsWith(".cfg") || name.endsWith(".xml")) {
                try {
                    Documents.root(r.body());
                } catch (Documents.Malformed e) {
                    throw new StepFailed("malformed config file", name + ": " + e.getMessage());
                }
            }
        }
        String overrides = master.directory("OVERRIDES_DIRECTORY");
        s.get(overrides + mac + "-phone.cfg", true, FOUND_OR_NOT, "override");
        s.get(overrides + mac + "-web.cfg", true, FOUND_OR_NOT, "override");
        String licenses = master.directory("LICENSE_DIRECTORY");
        s.get(licenses + "000000000000-license.cfg", true, FOUND_OR_NOT, "licence");
        s.get(licenses + mac + "-license.cfg", true, FOUND_OR_NOT, "licence");
        String contacts = master.directory("CONTACTS_DIRECTORY");
        if (s.get(contacts + mac + "-directory.xml", true, FOUND_OR_NOT, "directory").status() == 404) {
            s.get(contacts + "000000000000-directory.xml", true, FOUND_OR_NOT, "directory");
        }
        s.put(master.directory("LOG_FILE_DIRECTORY") + mac + "-app.log", true, ("application log of " + mac + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static Documents.Master master(Response r) throws StepFailed {
        try {
            return Documents.master(r.body());
        } catch (Documents.Malformed e) {
            throw new StepFailed("malformed master configuration", e.getMessage());
        }
    }

    private void studio(Session s, VirtualDevice d) throws IOException, StepFailed {
        String base = "studio/v1/" + d.serial() + "/";
        Response config = s.get(base + "config", true, Set.of(200), "studio config");
        if (!config.body().startsWith("# dialtone-studio-config 1\n")) {
            throw new StepFailed("malformed studio config", "first line is not '# dialtone-studio-config 1'");
        }
        s.put(base + "log", true, ("studio log of " + d.serial() + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private void groupSeries(Session s, VirtualDevice d) throws IOException, StepFailed {
        String message = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ProvisionRequestMessage><protocolVersion>1.0</protocolVersion>"
                + "<deviceType>GROUPSERIES</deviceType><serialNumber>" + d.serial() + "</serialNumber><model>" + d.agentModel()
                + "</model><softwareVersion>" + d.firmware() + "</softwareVersion></ProvisionRequestMessage>";
        Response r = s.send("POST", "polaris", true, message.getBytes(StandardCharsets.UTF_8), Set.of(200), "polaris");
        try {
            if (!Documents.root(r.body()).getKey().equals("ProvisionResponseMessage")) {
                throw new StepFailed("malformed polaris response", "root is not ProvisionResponseMessage");
            }
        } catch (Documents.Malformed e) {
            throw new StepFailed("malformed polaris response", e.getMessage());
        }
    }

    record Response(int status, byte[] bytes) {
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private void save(String path, byte[] bytes) throws IOException {
        java.nio.file.Path file = target.saveDir().resolve(path).normalize();
        if (!file.startsWith(target.saveDir())) {
            throw new IOException("refusing to save outside " + target.saveDir() + ": " + path);
        }
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, bytes);
    }

    /** The requests of one boot, on its one connection. */
    private final class Session {
        private final CloseableHttpClient client;
        private final HttpClientContext context;
        private final VirtualDevice device;

        Session(CloseableHttpClient client, HttpClientContext context, VirtualDevice device) {
            this.client = client;
            this.context = context;
            this.device = device;
        }

        Response get(String path, boolean application, Set<Integer> expected, String step) throws IOException, StepFailed {
            return send("GET", path, application, null, expected, step);
        }

        void put(String path, boolean application, byte[] body) throws IOException, StepFailed {
            send("PUT", path, application, body, STORED, "upload");
        }

        Response send(String method, String path, boolean application, byte[] body, Set<Integer> expected, String step)
                throws IOException, StepFailed {
            HttpUriRequestBase request = new HttpUriRequestBase(method, java.net.URI.create(target.baseUrl() + path));
            request.setHeader("User-Agent", device.userAgent(application));
            if (!target.digest()) {
                request.setHeader("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (target.user() + ":" + target.password()).getBytes(StandardCharsets.UTF_8)));
            }
            if (body != null) {
                request.setEntity(new ByteArrayEntity(body, method.equals("POST") ? ContentType.APPLICATION_XML : ContentType.APPLICATION_OCTET_STREAM));
            }
            long started = System.nanoTime();
            Response response = client.execute(request, context, r -> new Response(r.getCode(),
                    r.getEntity() == null ? new byte[0] : EntityUtils.toByteArray(r.getEntity())));
            recorder.request(response.status(), System.nanoTime() - started);
            if (target.saveDir() != null && method.equals("GET") && response.status() == 200) {
                save(path, response.bytes());
            }
            if (!expected.contains(response.status())) {
                throw new StepFailed("status " + response.status() + " for " + step, method + " " + path);
            }
            return response;
        }
    }
}
