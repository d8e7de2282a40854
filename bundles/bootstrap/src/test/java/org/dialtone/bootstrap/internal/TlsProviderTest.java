package org.dialtone.bootstrap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.net.InetAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.dialtone.bootstrap.tls.CertificateIssuer;
import org.dialtone.bootstrap.tls.ServerKeystore;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Real handshakes against the provider's SSLContext, with clients restricted as phones and ECDSA-only clients are. */
public class TlsProviderTest {
    private static final String[] SERVER_ORDER = {
        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256", "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
        "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA", "TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA",
        "TLS_RSA_WITH_AES_128_GCM_SHA256", "TLS_RSA_WITH_AES_256_GCM_SHA384", "TLS_RSA_WITH_AES_128_CBC_SHA", "TLS_RSA_WITH_AES_256_CBC_SHA"};

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private ServerKeystore keystore;
    private SSLServerSocket server;
    private final ExecutorService acceptor = Executors.newSingleThreadExecutor();

    @Before
    public void listen() throws Exception {
        keystore = new ServerKeystore(folder.getRoot().toPath());
        keystore.ensure(() -> "prov.example.com");
        TlsProvider provider = new TlsProvider(new CurrentKeys(keystore), new DeviceCertificateRequest(folder.getRoot().toPath()));
        SSLContext context = SSLContext.getInstance("TLS", provider);
        context.init(null, null, null);
        server = (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 50, InetAddress.getLoopbackAddress());
        server.setEnabledProtocols(new String[] {"TLSv1.2", "TLSv1.3"});
        server.setEnabledCipherSuites(SERVER_ORDER);
        var parameters = server.getSSLParameters();
        parameters.setUseCipherSuitesOrder(true);
        parameters.setWantClientAuth(true);
        server.setSSLParameters(parameters);
        acceptor.submit(() -> {
            while (!server.isClosed()) {
                try (SSLSocket socket = (SSLSocket) server.accept()) {
                    socket.startHandshake();
                    socket.getOutputStream().write(1);
                    socket.getOutputStream().flush();
                } catch (Exception e) {
                    // a refused handshake is the client's to report
                }
            }
            return null;
        });
    }

    @After
    public void close() throws Exception {
        server.close();
        acceptor.shutdownNow();
    }

    @Test
    public void aClientOfferingRsaAndEcdsaGetsRsaInServerOrder() throws Exception {
        Handshake handshake = connect(SERVER_ORDER);
        assertEquals("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", handshake.suite());
        assertEquals("RSA", handshake.certificate().getPublicKey().getAlgorithm());
    }

    @Test
    public void aUcSoftware4PhoneWithStaticRsaOnlyGetsTheRsaCertificate() throws Exception {
        Handshake handshake = connect("TLS_RSA_WITH_AES_256_CBC_SHA", "TLS_RSA_WITH_AES_128_CBC_SHA");
        assertEquals("the server's order, not the client's", "TLS_RSA_WITH_AES_128_CBC_SHA", handshake.suite());
        assertEquals("RSA", handshake.certificate().getPublicKey().getAlgorithm());
    }

    @Test
    public void anEcdsaOnlyClientGetsTheEcdsaCertificate() throws Exception {
        Handshake handshake = connect("TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
        assertEquals("EC", handshake.certificate().getPublicKey().getAlgorithm());
    }

    @Test
    public void aRewrittenKeystoreIsServedWithoutARestart() throws Exception {
        X509Certificate before = connect(SERVER_ORDER).certificate();
        CertificateIssuer.Issued installed = CertificateIssuer.server(CertificateIssuer.authority("other"), "RSA", "prov.example.com", List.of());

        keystore.install(installed);

        long deadline = System.currentTimeMillis() + 5000;
        X509Certificate served = before;
        while (!served.equals(installed.certificate()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            served = connect(SERVER_ORDER).certificate();
        }
        assertEquals("the installed certificate is served within seconds", installed.certificate(), served);
        assertTrue(!served.equals(before));
    }

    private record Handshake(String suite, X509Certificate certificate) {
    }

    private Handshake connect(String... suites) throws Exception {
        SSLContext client = SSLContext.getInstance("TLS");
        client.init(null, new TrustManager[] {new X509TrustManager() {
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
        try (SSLSocket socket = (SSLSocket) client.getSocketFactory().createSocket(InetAddress.getLoopbackAddress(), server.getLocalPort())) {
            socket.setEnabledProtocols(new String[] {"TLSv1.2"});
            socket.setEnabledCipherSuites(suites);
            socket.startHandshake();
            try (InputStream in = socket.getInputStream()) {
                in.read();
            }
            return new Handshake(socket.getSession().getCipherSuite(), (X509Certificate) socket.getSession().getPeerCertificates()[0]);
        }
    }
}
