package org.dialtone.itests;

import static org.dialtone.itests.Admin.uniqueMac;
import static org.dialtone.itests.Admin.JSON;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.MessageDigest;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.osgi.framework.Bundle;
import org.w3c.dom.Element;
import org.ops4j.pax.exam.Configuration;

/** The TLS phones speak: the legacy and bootstrap listeners, certificate management, device factory certificates. */
public class TlsIT extends OnTheServer {
    private static final String ACCOUNT = "tls-phones";
    private static final String SECRET = "Tls-secret-77";
    private static final String SOUNDPOINT = "FileTransport PolycomSoundPointIP-SPIP_550-UA/4.0.6.1 Type/Application";
    private static final Duration APPLIED = Duration.ofSeconds(20);

    private Path etc() {
        return Path.of(System.getProperty("karaf.etc"));
    }

    private void setAccount() throws Exception {
        admin.json(admin.call("PUT", "/provisioning/settings", "application/json",
                "{\"accountUser\":\"" + ACCOUNT + "\",\"accountPassword\":\"" + SECRET + "\"}"), 200);
    }

    private static String basic() {
        return "Basic " + Base64.getEncoder().encodeToString((ACCOUNT + ":" + SECRET).getBytes(StandardCharsets.UTF_8));
    }

    private HttpClient client(SSLContext tls, String... protocols) {
        HttpClient.Builder builder = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5));
        if (protocols.length > 0) {
            builder.sslParameters(new SSLParameters(null, protocols));
        }
        return builder.build();
    }

    private SSLContext trustingServer() throws Exception {
        return Https.trusting(etc().resolve("dialtone-tls.p12"), Files.readString(etc().resolve("dialtone-tls.password")));
    }

    private static HttpResponse<String> get(HttpClient client, String url, String userAgent, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).header("User-Agent", userAgent);
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void theLegacyListenerAcceptsTls10AndServesWhatProvServesAndMarksTheDevice() throws Exception {
        String tls10 = Tls.openssl(DialtoneOptions.LEGACY_PORT, "-tls1", "-cipher", "DEFAULT:@SECLEVEL=0");
        assertTrue("TLS 1.0 is accepted on the legacy port: " + tls10, tls10.contains("New, TLSv1.0,"));
        assertTrue(tls10, tls10.contains("Server public key is 2048 bit"));
        String main = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1", "-cipher", "DEFAULT:@SECLEVEL=0");
        assertTrue("and still refused on the main port: " + main, Tls.failed(main));

        setAccount();
        String mac = uniqueMac();
        HttpClient old = client(trustingServer(), "TLSv1");
        Eventually.holds(APPLIED, () -> assertEquals(200, get(old, "https://localhost:" + DialtoneOptions.LEGACY_PORT + "/prov/" + mac + ".cfg",
                SOUNDPOINT, basic()).statusCode()));
        HttpResponse<String> master = get(old, "https://localhost:" + DialtoneOptions.LEGACY_PORT + "/prov/" + mac + ".cfg", SOUNDPOINT, basic());
        HttpResponse<String> same = get(client(trustingServer()), "https://localhost:" + DialtoneOptions.HTTPS_PORT + "/prov/" + mac + ".cfg",
                SOUNDPOINT, basic());
        assertEquals("the legacy port serves exactly what /prov serves", same.body(), master.body());
        assertEquals(401, get(old, "https://localhost:" + DialtoneOptions.LEGACY_PORT + "/prov/" + mac + ".cfg", SOUNDPOINT, null).statusCode());
        assertEquals("nothing but /prov", 404, get(old, "https://localhost:" + DialtoneOptions.LEGACY_PORT + "/api/v1/system/health",
                SOUNDPOINT, null).statusCode());

        JsonNode tls = admin.get("/tls");
        assertTrue(tls.toString(), tls.toString().contains("\"name\":\"legacy\",\"port\":" + DialtoneOptions.LEGACY_PORT + ",\"on\":true"));
        // Its request on the main port took the mark off; the next one on the legacy port puts it back.
        get(old, "https://localhost:" + DialtoneOptions.LEGACY_PORT + "/prov/" + mac + "-phone.cfg", SOUNDPOINT, basic());
        JsonNode legacy = admin.get("/tls").get("legacyDevices");
        assertTrue(legacy.toString(), legacy.toString().contains("\"device\":\"" + mac + "\",\"protocol\":\"TLSv1\""));
        JsonNode health = admin.get("/system/health");
        assertTrue(health.toString(), health.get("notices").toString().contains("connect with TLS 1.0/1.1 on the legacy listener"));
        assertTrue("sessions are counted by protocol, suite and certificate type: " + tls,
                admin.get("/tls").get("clients").toString().contains("\"listener\":\"legacy\",\"protocol\":\"TLSv1\""));
    }

    @Test
    public void theTrustBootstrapAnswersOnlyTheTwoFilesBehindDigestWithTheCaAndTheHttpsAddress() throws Exception {
        setAccount();
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + DialtoneOptions.BOOTSTRAP_PORT + "/";
        HttpResponse<String> challenge = get(http, base + "000000000000.cfg", SOUNDPOINT, null);
        assertEquals(401, challenge.statusCode());
        assertEquals("Digest only over plain HTTP", List.of(true),
                challenge.headers().allValues("WWW-Authenticate").stream().map(h -> h.startsWith("Digest")).toList());
        assertEquals("Basic is not accepted in clear", 401, get(http, base + "000000000000.cfg", SOUNDPOINT, basic()).statusCode());

        Eventually.holds(APPLIED, () -> assertEquals(200, digest(http, base, "000000000000.cfg").statusCode()));
        String document = digest(http, base, uniqueMac() + ".cfg").body();
        Element root = parse(document);
        String pem = root.getAttribute("device.sec.TLS.customCaCert1");
        X509Certificate ca = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
        X509Certificate served = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(
                admin.call("GET", "/tls/ca.pem", null, null).body().getBytes(StandardCharsets.US_ASCII)));
        assertEquals("the CA phones are given is the one the server's certificates chain to", served, ca);
        assertEquals("HTTPS", root.getAttribute("device.prov.serverType"));
        String address = admin.get("/provisioning/settings").get("provisioningAddress").asText().replace("https://", "");
        assertEquals(address, root.getAttribute("device.prov.serverName"));
        assertEquals("1", root.getAttribute("device.prov.serverName.set"));
        assertFalse("no secrets over HTTP", document.contains(SECRET) || document.contains("password"));
        assertEquals(200, digest(http, base, "dialtone-bootstrap.cfg").statusCode());

        for (String other : List.of(uniqueMac() + "-dialtone.cfg", "prov/" + uniqueMac() + "-phone.cfg", "api/v1/system/health", "system/console",
                "sip.ld", "../etc/dialtone-tls.password")) {
            HttpResponse<String> refused = digest(http, base, other);
            // Jetty itself answers 400 to a path that climbs out ("../"); everything else is our 404.
            assertEquals(other + " is not served over HTTP", other.startsWith("..") ? 400 : 404, refused.statusCode());
        }
        HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create(base + "000000000000-app.log"))
                .PUT(HttpRequest.BodyPublishers.ofString("log")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("no uploads over HTTP", 404, upload.statusCode());
    }

    private HttpResponse<String> digest(HttpClient http, String base, String file) throws Exception {
        HttpResponse<String> challenge = get(http, base + file, SOUNDPOINT, null);
        if (challenge.statusCode() != 401) {
            return challenge;
        }
        String header = challenge.headers().firstValue("WWW-Authenticate").orElseThrow();
        Matcher nonce = Pattern.compile("nonce=\"([^\"]+)\"").matcher(header);
        Matcher realm = Pattern.compile("realm=\"([^\"]+)\"").matcher(header);
        assertTrue(header, nonce.find() && realm.find());
        String uri = "/" + file;
        String ha1 = md5(ACCOUNT + ":" + realm.group(1) + ":" + SECRET);
        String cnonce = java.util.UUID.randomUUID().toString().substring(0, 8);
        String response = md5(ha1 + ":" + nonce.group(1) + ":00000001:" + cnonce + ":auth:" + md5("GET:" + uri));
        return get(http, base + file, SOUNDPOINT, "Digest username=\"" + ACCOUNT + "\", realm=\"" + realm.group(1) + "\", nonce=\""
                + nonce.group(1) + "\", uri=\"" + uri + "\", qop=auth, nc=00000001, cnonce=\"" + cnonce + "\", response=\"" + response + "\", algorithm=MD5");
    }

    private static String md5(String text) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private X509Certificate servedCertificate() throws Exception {
        String pem = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1_2", "-cipher", "ECDHE-RSA-AES128-GCM-SHA256");
        Matcher m = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----").matcher(pem);
        assertTrue(pem, m.find());
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(m.group().getBytes(StandardCharsets.US_ASCII)));
    }

    private String servedFingerprint() throws Exception {
        return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(servedCertificate().getEncoded()));
    }

    @Test
    public void anInstalledCertificateIsCheckedServedWithoutRestartAndKeptByTheDatabase() throws Exception {
        String host = admin.get("/provisioning/settings").get("hostName").asText(null);
        if (host == null || host.equals("null")) {
            host = "prov-tls.example.com";
            admin.json(admin.call("PUT", "/provisioning/settings", "application/json", "{\"hostName\":\"" + host + "\"}"), 200);
        }
        // A new host name gets its self-signed pair moments later: compare with that one.
        String named = host;
        Eventually.holds(APPLIED, () -> assertTrue("the served certificate names " + named,
                servedCertificate().getSubjectX500Principal().getName().contains(named)));
        Pki pki = new Pki(Files.createTempDirectory("pki")).ca("Corp-Root")
                .issue("Corp-Root", "server", host, "subjectAltName=DNS:" + host + ",DNS:localhost", "extendedKeyUsage=serverAuth")
                .issue("Corp-Root", "other", "other.example.com", "subjectAltName=DNS:other.example.com", "extendedKeyUsage=serverAuth");
        String before = servedFingerprint();
        try {
            HttpResponse<String> wrongKey = admin.call("PUT", "/tls/certificate", "application/x-pem-file",
                    pki.read("server.pem") + pki.read("Corp-Root.pem") + pki.read("other.key"));
            assertEquals(wrongKey.body(), 400, wrongKey.statusCode());
            assertTrue(wrongKey.body(), wrongKey.body().contains("does not belong"));
            HttpResponse<String> wrongHost = admin.call("PUT", "/tls/certificate", "application/x-pem-file", pki.bundle("other", "Corp-Root", "other"));
            assertEquals(400, wrongHost.statusCode());
            assertTrue(wrongHost.body(), wrongHost.body().contains("is not among the certificate's names"));
            HttpResponse<String> outOfOrder = admin.call("PUT", "/tls/certificate", "application/x-pem-file",
                    pki.read("Corp-Root.pem") + pki.read("server.pem") + pki.read("server.key"));
            assertEquals(400, outOfOrder.statusCode());
            HttpResponse<String> incomplete = admin.call("PUT", "/tls/certificate", "application/x-pem-file", pki.read("server.pem") + pki.read("server.key"));
            assertTrue(incomplete.body(), incomplete.body().contains("incomplete"));
            assertEquals("a refused certificate changes nothing", before, servedFingerprint());

            HttpResponse<String> badPassword = pkcs12(pki.pkcs12("server", "Corp-Root", "p12-secret"), "wrong");
            assertEquals(400, badPassword.statusCode());
            assertTrue(badPassword.body(), badPassword.body().contains("\"field\":\"password\""));
            HttpResponse<String> installed = pkcs12(pki.pkcs12("server", "Corp-Root", "p12-secret"), "p12-secret");
            assertEquals(installed.body(), 200, installed.statusCode());
            String fingerprint = JSON.readTree(installed.body()).get(0).get("sha256").asText();
            Eventually.holds(APPLIED, () -> assertEquals("served without a restart", fingerprint, servedFingerprint()));
            String chain = Tls.openssl(DialtoneOptions.HTTPS_PORT, "-tls1_2", "-CAfile", pki.dir().resolve("Corp-Root.pem").toString(),
                    "-verify_hostname", host, "-showcerts");
            assertTrue("the full chain is sent and verifies: " + chain, chain.contains("Verify return code: 0 (ok)"));
            assertTrue(admin.call("GET", "/tls/ca.pem", null, null).body().startsWith("-----BEGIN CERTIFICATE-----"));
            assertTrue(admin.get("/system/health").get("tls").get("certificates").toString().contains("\"source\":\"installed\""));

            // A node starting with its own self-signed keystore serves the certificate the database holds.
            Bundle certificates = java.util.stream.Stream.of(context.getBundles())
                    .filter(b -> "org.dialtone.dialtone-certificates".equals(b.getSymbolicName())).findFirst().orElseThrow();
            certificates.stop();
            new org.dialtone.bootstrap.tls.ServerKeystore(etc()).selfSigned("localhost", List.of());
            Eventually.holds(APPLIED, () -> assertFalse("the node serves its own self-signed keystore now",
                    fingerprint.equals(servedFingerprint())));
            certificates.start();
            Eventually.holds(APPLIED, () -> assertEquals("applied from the database", fingerprint, servedFingerprint()));
            Pki upload = new Pki(pki.dir());
            assertEquals(200, admin.call("PUT", "/tls/certificate", "application/x-pem-file", upload.bundle("server", "Corp-Root", "server")).statusCode());
        } finally {
            assertEquals(200, admin.call("DELETE", "/tls/certificate", null, null).statusCode());
        }
        Eventually.holds(APPLIED, () -> assertTrue(admin.get("/tls").get("certificates").toString().contains("\"source\":\"self-signed\"")));
    }

    private HttpResponse<String> pkcs12(byte[] body, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString(("admin:" + this.password).getBytes(StandardCharsets.UTF_8));
        return client(trustingServer()).send(HttpRequest.newBuilder(URI.create("https://localhost:" + DialtoneOptions.HTTPS_PORT + "/api/v1/tls/certificate"))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/x-pkcs12").header("X-Keystore-Password", password)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void aPhoneWithAFactoryCertificateForItsMacNeedsNoAccountAndReachesOnlyItsOwnFiles() throws Exception {
        String mac = uniqueMac();
        String other = uniqueMac();
        Pki pki = new Pki(Files.createTempDirectory("devices")).ca("Equipment-CA").ca("Stranger-CA")
                .issue("Equipment-CA", "phone", mac.toUpperCase(), "extendedKeyUsage=clientAuth")
                .issue("Stranger-CA", "forged", mac, "extendedKeyUsage=clientAuth")
                .issue("Equipment-CA", "nameless", "Polycom VVX 450", "extendedKeyUsage=clientAuth");
        setAccount();
        assertEquals(200, admin.call("PUT", "/tls/device-trust", "application/x-pem-file", pki.read("Equipment-CA.pem")).statusCode());
        HttpClient phone = client(presenting(pki, "phone"));
        String prov = "https://localhost:" + DialtoneOptions.HTTPS_PORT + "/prov/";
        try {
            Eventually.holds(APPLIED, () -> assertEquals("no account needed", 200, get(phone, prov + mac + ".cfg", SOUNDPOINT, null).statusCode()));
            assertEquals(200, get(phone, prov + "000000000000.cfg", SOUNDPOINT, null).statusCode());
            assertEquals("another MAC's file", 403, get(phone, prov + other + ".cfg", SOUNDPOINT, null).statusCode());
            HttpResponse<String> upload = phone.send(HttpRequest.newBuilder(URI.create(prov + other + "-app.log")).header("User-Agent", SOUNDPOINT)
                    .PUT(HttpRequest.BodyPublishers.ofString("log")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("nor upload as another MAC", 403, upload.statusCode());

            for (String untrusted : List.of("forged", "nameless")) {
                HttpClient stranger = client(presenting(pki, untrusted));
                assertEquals(untrusted + " falls back to the account", 401, get(stranger, prov + mac + ".cfg", SOUNDPOINT, null).statusCode());
                assertEquals(200, get(stranger, prov + mac + ".cfg", SOUNDPOINT, basic()).statusCode());
            }

            tlsSetting("requireDeviceCertificate", "true");
            HttpClient accountOnly = client(trustingServer());
            Eventually.holds(APPLIED, () -> assertEquals("the account alone is not enough when a certificate is required", 403,
                    get(accountOnly, prov + mac + ".cfg", SOUNDPOINT, basic()).statusCode()));
            Eventually.holds(APPLIED, () -> assertEquals(200, get(client(presenting(pki, "phone")), prov + mac + ".cfg", SOUNDPOINT, null).statusCode()));
        } finally {
            tlsSetting("requireDeviceCertificate", "false");
            admin.call("DELETE", "/tls/device-trust", null, null);
        }
        HttpClient accountOnly = client(trustingServer());
        Eventually.holds(APPLIED, () -> assertEquals(200, get(accountOnly, prov + mac + ".cfg", SOUNDPOINT, basic()).statusCode()));
        assertEquals("with its anchors removed, the certificate no longer stands in for the account, resumed session or not", 401,
                get(phone, prov + mac + ".cfg", SOUNDPOINT, null).statusCode());
    }

    /** Changes one line of etc/org.dialtone.tls.cfg as an admin editing the file would. */
    private void tlsSetting(String key, String value) throws Exception {
        org.osgi.framework.ServiceReference<org.osgi.service.cm.ConfigurationAdmin> reference =
                context.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration configuration = context.getService(reference).getConfiguration("org.dialtone.tls", null);
        java.util.Dictionary<String, Object> properties = configuration.getProperties();
        if (properties == null) {
            properties = new java.util.Hashtable<>();
        }
        properties.put(key, value);
        configuration.update(properties);
    }

    private SSLContext presenting(Pki pki, String name) throws Exception {
        KeyStore keys = KeyStore.getInstance("PKCS12");
        keys.load(new ByteArrayInputStream(pki.pkcs12(name, name.equals("forged") ? "Stranger-CA" : "Equipment-CA", "device")), "device".toCharArray());
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "device".toCharArray());
        SSLContext context = SSLContext.getInstance("TLS");
        javax.net.ssl.TrustManagerFactory trust = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        KeyStore server = KeyStore.getInstance("PKCS12");
        try (var in = Files.newInputStream(etc().resolve("dialtone-tls.p12"))) {
            server.load(in, Files.readString(etc().resolve("dialtone-tls.password")).strip().toCharArray());
        }
        trust.init(server);
        context.init(factory.getKeyManagers(), trust.getTrustManagers(), null);
        return context;
    }
}
