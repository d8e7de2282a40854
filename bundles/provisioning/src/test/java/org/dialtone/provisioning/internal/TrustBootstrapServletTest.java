package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Element;

public class TrustBootstrapServletTest {
    // A real certificate (the JDK's own trust store has many; any X.509 certificate will do).
    private static X509Certificate someCertificate() throws Exception {
        java.security.KeyStore cacerts = java.security.KeyStore.getInstance(java.security.KeyStore.getDefaultType());
        javax.net.ssl.TrustManagerFactory factory = javax.net.ssl.TrustManagerFactory.getInstance(javax.net.ssl.TrustManagerFactory.getDefaultAlgorithm());
        factory.init((java.security.KeyStore) null);
        return ((javax.net.ssl.X509TrustManager) factory.getTrustManagers()[0]).getAcceptedIssuers()[0];
    }

    @Test
    public void theDocumentCarriesTheCaWithEscapedLineBreaksAndTheHttpsAddressOnly() throws Exception {
        X509Certificate ca = someCertificate();
        for (boolean master : new boolean[] {true, false}) {
            String document = TrustBootstrapServlet.document(new TrustBootstrapServlet.Target(ca, "https://prov.example.com:8443/prov"), master);
            var factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
            Element parameters = master ? root : (Element) root.getElementsByTagName("ALL").item(0);
            assertEquals(master ? "APPLICATION" : "PHONE_CONFIG", root.getTagName());

            String pem = parameters.getAttribute("device.sec.TLS.customCaCert1");
            assertTrue("line breaks reach the phone as line breaks", pem.contains("\n"));
            X509Certificate parsed = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
            assertEquals(ca, parsed);
            assertEquals("1", parameters.getAttribute("device.sec.TLS.customCaCert1.set"));
            assertEquals("1", parameters.getAttribute("device.set"));
            assertEquals("HTTPS", parameters.getAttribute("device.prov.serverType"));
            assertEquals("1", parameters.getAttribute("device.prov.serverType.set"));
            assertEquals("prov.example.com:8443/prov", parameters.getAttribute("device.prov.serverName"));
            assertEquals("1", parameters.getAttribute("device.prov.serverName.set"));
            long deviceParameters = java.util.stream.IntStream.range(0, parameters.getAttributes().getLength())
                    .mapToObj(i -> parameters.getAttributes().item(i).getNodeName()).filter(n -> n.startsWith("device.")).count();
            assertEquals("exactly the documented parameters, no secrets", 7, deviceParameters);
        }
    }
}
