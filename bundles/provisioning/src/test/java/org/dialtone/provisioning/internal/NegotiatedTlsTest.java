package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;

import java.lang.reflect.Proxy;
import java.security.cert.Certificate;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSession;
import org.dialtone.api.tls.TlsClientCount;
import org.junit.Test;

public class NegotiatedTlsTest {
    /** A TLS session as Jetty hands it to the servlet: its protocol, suite, our certificate, and values put on it. */
    private static SSLSession session(String protocol, String suite) {
        Map<String, Object> values = new HashMap<>();
        return (SSLSession) Proxy.newProxyInstance(SSLSession.class.getClassLoader(), new Class<?>[] {SSLSession.class}, (proxy, method, args) ->
                switch (method.getName()) {
                    case "getProtocol" -> protocol;
                    case "getCipherSuite" -> suite;
                    case "getLocalCertificates" -> new Certificate[0];
                    case "getValue" -> values.get((String) args[0]);
                    case "putValue" -> values.put((String) args[0], args[1]);
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> null;
                });
    }

    @Test
    public void eachSessionIsCountedOnceAndDevicesOnTheLegacyListenerAreKeptUntilTheyMove() {
        NegotiatedTls negotiated = new NegotiatedTls(Clock.systemUTC());
        SSLSession phone = session("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");
        negotiated.seen(phone, null, "0004f2000001.cfg", "FileTransport PolycomVVX-VVX_410-UA/6.4.0.1 Type/Application");
        negotiated.seen(phone, null, "0004f2000001-dialtone.cfg", "FileTransport PolycomVVX-VVX_410-UA/6.4.0.1 Type/Application");
        SSLSession old = session("TLSv1", "TLS_RSA_WITH_AES_128_CBC_SHA");
        negotiated.seen(old, "legacy", "0004f2000002.cfg", "FileTransport PolycomSoundPointIP-SPIP_550-UA/4.0.6.1 Type/Application");
        negotiated.seen("not a session", null, "0004f2000003.cfg", null);

        assertEquals("two requests on one session count once", java.util.Set.of(
                new TlsClientCount("https", "TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256", "none", 1),
                new TlsClientCount("legacy", "TLSv1", "TLS_RSA_WITH_AES_128_CBC_SHA", "none", 1)), java.util.Set.copyOf(negotiated.counts()));
        assertEquals("0004f2000002", negotiated.legacyDevices().get(0).device());

        negotiated.seen(session("TLSv1.2", "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"), null, "0004f2000002.cfg", "updated firmware");
        assertEquals("a device that came back on the main port needs no firmware update any more", List.of(), negotiated.legacyDevices());
    }
}
