package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class DeviceCertificatesTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();
    private KeyPair caKeys;
    private X509Certificate ca;
    private Path anchors;
    private long serial = 1;

    @Before
    public void equipmentCa() throws Exception {
        caKeys = rsa();
        ca = certificate("CN=Test Equipment Issuing CA", "CN=Test Equipment Issuing CA", caKeys, caKeys, Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(3650)), true);
        anchors = folder.getRoot().toPath().resolve("dialtone-device-trust.pem");
        Files.writeString(anchors, "-----BEGIN CERTIFICATE-----\n" + Base64.getMimeEncoder().encodeToString(ca.getEncoded()) + "\n-----END CERTIFICATE-----\n");
    }

    @Test
    public void aFactoryCertificateForAMacIsThatDevice() throws Exception {
        X509Certificate device = device("CN=0004F2A1B2C3", Instant.now().plus(Duration.ofDays(300)));
        DeviceCertificates.Verdict verdict = new DeviceCertificates(anchors, Clock.systemUTC(), false).check(new X509Certificate[] {device, ca});
        assertTrue(verdict.problem(), verdict.identified());
        assertEquals("0004f2a1b2c3", verdict.mac());
        assertEquals("0004f2a1b2c3", DeviceCertificates.mac(device("CN=00:04:f2:a1:b2:c3", Instant.now().plus(Duration.ofDays(3)))).orElseThrow());
    }

    @Test
    public void untrustedExpiredAndCnLessCertificatesIdentifyNobody() throws Exception {
        DeviceCertificates strict = new DeviceCertificates(anchors, Clock.systemUTC(), false);
        KeyPair otherCa = rsa();
        X509Certificate untrusted = certificate("CN=Elsewhere", "CN=0004f2a1b2c3", otherCa, rsa(), Instant.now().minus(Duration.ofDays(1)),
                Instant.now().plus(Duration.ofDays(30)), false);
        assertFalse(strict.check(new X509Certificate[] {untrusted}).identified());
        X509Certificate expired = device("CN=0004f2a1b2c3", Instant.now().minus(Duration.ofDays(2)));
        assertFalse(strict.check(new X509Certificate[] {expired}).identified());
        assertTrue("an old unit's expired certificate, when the admin allows it",
                new DeviceCertificates(anchors, Clock.systemUTC(), true).check(new X509Certificate[] {expired}).identified());
        assertFalse(strict.check(new X509Certificate[] {device("CN=Polycom VVX 450", Instant.now().plus(Duration.ofDays(30)))}).identified());
        assertFalse(strict.check(null).identified());
    }

    @Test
    public void withoutAnchorsNoCertificateIdentifiesADevice() throws Exception {
        Files.delete(anchors);
        DeviceCertificates none = new DeviceCertificates(anchors, Clock.systemUTC(), false);
        assertFalse(none.check(new X509Certificate[] {device("CN=0004f2a1b2c3", Instant.now().plus(Duration.ofDays(30)))}).identified());
    }

    private X509Certificate device(String subject, Instant notAfter) throws Exception {
        return certificate(ca.getSubjectX500Principal().getName(), subject, caKeys, rsa(), notAfter.minus(Duration.ofDays(3650)), notAfter, false);
    }

    private X509Certificate certificate(String issuer, String subject, KeyPair issuerKeys, KeyPair keys, Instant from, Instant to, boolean isCa)
            throws Exception {
        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(new X500Name(issuer), BigInteger.valueOf(serial++),
                Date.from(from), Date.from(to), new X500Name(subject), keys.getPublic());
        if (isCa) {
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
        }
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(issuerKeys.getPrivate())));
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }
}
