package org.dialtone.itests;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Duration;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/** An HTTPS client inside the container that trusts exactly the certificate Dialtone generated on first start. */
final class Https {
    private final HttpClient client;
    private final SSLContext tls;
    private final int port;
    private final String base;

    Https(int port) throws Exception {
        this(port, Path.of(System.getProperty("karaf.etc")));
    }

    Https(int port, Path etc) throws Exception {
        this.tls = trusting(etc.resolve("dialtone-tls.p12"), Files.readString(etc.resolve("dialtone-tls.password")));
        this.client = HttpClient.newBuilder().sslContext(tls).connectTimeout(Duration.ofSeconds(5)).build();
        this.port = port;
        this.base = "https://localhost:" + port;
    }

    /** The TLS context that trusts this installation, for clients other than this one. */
    SSLContext tls() {
        return tls;
    }

    String base() {
        return base;
    }

    /** Trusts the installation's CA and the certificates the server keystore holds, nothing else. */
    static SSLContext trusting(Path keystore, String password) throws Exception {
        KeyStore generated = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            generated.load(in, password.strip().toCharArray());
        }
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        for (String alias : java.util.Collections.list(generated.aliases())) {
            Certificate[] chain = generated.getCertificateChain(alias);
            Certificate certificate = chain != null ? chain[chain.length - 1] : generated.getCertificate(alias);
            trust.setCertificateEntry(alias, certificate);
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    /** Sends bytes no HTTP client would (a raw backslash, a broken chunk) and reads the answer until the server closes. */
    String raw(String request) throws Exception {
        try (java.net.Socket socket = tls.getSocketFactory().createSocket("localhost", port)) {
            socket.setSoTimeout(15_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    static String adminPassword() throws Exception {
        return Files.readString(Path.of(System.getProperty("karaf.data"), "dialtone", "initial-admin-password")).trim();
    }

    HttpResponse<String> send(String method, String path, String user, String password, String contentType, String body)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            request.header("Authorization", "Basic " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** With an API token instead of a password. */
    HttpResponse<String> bearer(String method, String path, String token, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> sendBytes(String method, String path, String user, String password, byte[] body) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Basic " + token).header("Content-Type", "application/octet-stream")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> download(String path, String user, String password) throws Exception {
        String token = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60)).header("Authorization", "Basic " + token)
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> get(String path, String user, String password) throws Exception {
        return send("GET", path, user, password, null, null);
    }

    /** Waits, bounded, until the path answers with the status; the REST endpoint appears a moment after boot. */
    HttpResponse<String> await(String path, String user, String password, int status, Duration bound) throws Exception {
        long deadline = System.nanoTime() + bound.toNanos();
        HttpResponse<String> last = null;
        Exception failure = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(path, user, password);
                if (last.statusCode() == status) {
                    return last;
                }
            } catch (java.io.IOException e) {
                failure = e;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("GET " + path + " did not answer " + status + " within " + bound + "; last: "
                + (last != null ? last.statusCode() + " " + last.body() : String.valueOf(failure)));
    }
}
