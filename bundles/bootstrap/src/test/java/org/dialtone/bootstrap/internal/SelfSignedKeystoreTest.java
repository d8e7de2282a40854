package org.dialtone.bootstrap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class SelfSignedKeystoreTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void createsEcdsaP256CertificateForTheHostThatOpensWithThePasswordFile() throws Exception {
        Path keystore = folder.getRoot().toPath().resolve("dialtone-tls.p12");
        Path passwordFile = folder.getRoot().toPath().resolve("dialtone-tls.password");

        assertTrue(new SelfSignedKeystore(keystore, passwordFile).ensure(() -> "prov.example.com"));

        char[] password = Files.readString(passwordFile).toCharArray();
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keystore)) {
            store.load(in, password);
        }
        X509Certificate certificate = (X509Certificate) store.getCertificate(SelfSignedKeystore.ALIAS);
        assertEquals("EC", certificate.getPublicKey().getAlgorithm());
        assertEquals("SHA256withECDSA", certificate.getSigAlgName());
        assertTrue(store.getKey(SelfSignedKeystore.ALIAS, password) != null);
        Collection<List<?>> names = certificate.getSubjectAlternativeNames();
        assertTrue(names.contains(List.of(2, "prov.example.com")));
        assertTrue(names.contains(List.of(2, "localhost")));
        assertTrue(names.contains(List.of(7, "127.0.0.1")));
        certificate.checkValidity();
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keystore)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
    }

    @Test
    public void anExistingKeystoreIsNeverReplaced() throws Exception {
        Path keystore = folder.getRoot().toPath().resolve("dialtone-tls.p12");
        Files.writeString(keystore, "admin's own");

        assertFalse(new SelfSignedKeystore(keystore, folder.getRoot().toPath().resolve("p")).ensure(() -> {
            throw new AssertionError("no host name lookup when the keystore exists");
        }));
        assertEquals("admin's own", Files.readString(keystore));
    }
}
