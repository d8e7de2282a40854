package org.dialtone.bootstrap.tls;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ServerKeystoreTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void firstStartMakesAnRsaAndAnEcdsaCertificateForTheHostUnderTheInstallationsCa() throws Exception {
        ServerKeystore keystore = new ServerKeystore(folder.getRoot().toPath());

        assertTrue(keystore.ensure(() -> "prov.example.com"));

        Map<String, CertificateIssuer.Issued> entries = keystore.entries();
        assertEquals(List.of(ServerKeystore.RSA, ServerKeystore.EC).stream().sorted().toList(), entries.keySet().stream().sorted().toList());
        X509Certificate rsa = entries.get(ServerKeystore.RSA).certificate();
        X509Certificate ec = entries.get(ServerKeystore.EC).certificate();
        assertEquals("RSA", rsa.getPublicKey().getAlgorithm());
        assertEquals(2048, ((java.security.interfaces.RSAPublicKey) rsa.getPublicKey()).getModulus().bitLength());
        assertEquals("SHA256withRSA", rsa.getSigAlgName());
        assertEquals("EC", ec.getPublicKey().getAlgorithm());
        assertTrue(rsa.getSubjectX500Principal().getName().contains("CN=prov.example.com"));
        Collection<List<?>> names = rsa.getSubjectAlternativeNames();
        assertTrue(names.contains(List.of(2, "prov.example.com")));
        assertTrue(names.contains(List.of(2, "localhost")));
        assertTrue(names.contains(List.of(7, "127.0.0.1")));
        assertTrue(rsa.getExtendedKeyUsage().contains("1.3.6.1.5.5.7.3.1"));

        X509Certificate ca = keystore.authority().orElseThrow().certificate();
        rsa.verify(ca.getPublicKey());
        ec.verify(ca.getPublicKey());
        assertEquals("the chain sent carries the CA", ca, entries.get(ServerKeystore.RSA).chain()[1]);
        assertTrue(ca.getBasicConstraints() >= 0);
        for (String file : List.of(ServerKeystore.KEYSTORE_FILE, ServerKeystore.AUTHORITY_FILE, ServerKeystore.PASSWORD_FILE)) {
            assertEquals(file, "rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.getRoot().toPath().resolve(file))));
        }
    }

    @Test
    public void aNewHostNameGetsNewServerCertificatesUnderTheSameCa() throws Exception {
        ServerKeystore keystore = new ServerKeystore(folder.getRoot().toPath());
        keystore.ensure(() -> "old.example.com");
        X509Certificate ca = keystore.authority().orElseThrow().certificate();

        keystore.selfSigned("new.example.com", List.of("192.0.2.7"));

        X509Certificate rsa = keystore.entries().get(ServerKeystore.RSA).certificate();
        assertTrue(rsa.getSubjectAlternativeNames().contains(List.of(2, "new.example.com")));
        assertTrue(rsa.getSubjectAlternativeNames().contains(List.of(7, "192.0.2.7")));
        assertEquals("phones that trust the CA keep trusting", ca, keystore.authority().orElseThrow().certificate());
        rsa.verify(ca.getPublicKey());
    }

    @Test
    public void anInstalledChainReplacesTheSelfSignedPairAndAnAdminsKeystoreIsKept() throws Exception {
        ServerKeystore keystore = new ServerKeystore(folder.getRoot().toPath());
        keystore.ensure(() -> "prov.example.com");
        CertificateIssuer.Issued other = CertificateIssuer.server(CertificateIssuer.authority("x"), "RSA", "prov.example.com", List.of());

        keystore.install(other);

        assertEquals(List.of(ServerKeystore.INSTALLED), List.copyOf(keystore.entries().keySet()));
        assertFalse("an admin's keystore is never replaced at start", keystore.ensure(() -> {
            throw new AssertionError("no host name lookup when the keystore exists");
        }));
    }

    @Test
    public void theEarlierSingleEcdsaSelfSignedKeystoreBecomesThePair() throws Exception {
        Path etc = folder.getRoot().toPath();
        ServerKeystore keystore = new ServerKeystore(etc);
        char[] password = keystore.password();
        CertificateIssuer.Issued earlier = CertificateIssuer.server(CertificateIssuer.authority("h"), "EC", "h", List.of());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("server", earlier.key(), password, new java.security.cert.Certificate[] {earlier.certificate()});
        try (var out = Files.newOutputStream(etc.resolve(ServerKeystore.KEYSTORE_FILE))) {
            store.store(out, password);
        }

        assertTrue(keystore.ensure(() -> "h"));
        assertTrue(keystore.entries().containsKey(ServerKeystore.RSA));
    }
}
