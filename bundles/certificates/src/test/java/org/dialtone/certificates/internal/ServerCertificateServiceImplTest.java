package org.dialtone.certificates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.api.tls.ServerCertificate;
import org.dialtone.bootstrap.tls.CertificateIssuer;
import org.dialtone.bootstrap.tls.ServerKeystore;
import org.dialtone.store.TlsMaterialRepository;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class ServerCertificateServiceImplTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    /** Two nodes sharing one database: what one installs, the other serves after its next look. */
    @Test
    public void aCertificateInstalledOnOneNodeIsServedByTheOther() throws Exception {
        SharedTable table = new SharedTable();
        ServerCertificateServiceImpl first = node("a", table);
        ServerCertificateServiceImpl second = node("b", table);
        first.sync();
        second.sync();
        assertEquals("both nodes' self-signed certificates chain to one CA", first.authorityPem(), second.authorityPem());

        TestPki.Made root = TestPki.ca("Corp Root");
        TestPki.Made server = TestPki.server(root, "localhost");
        first.installPem(pem(server, root), "admin");
        second.sync();

        List<ServerCertificate> served = second.served();
        assertEquals(1, served.size());
        assertEquals("installed", served.get(0).source());
        assertEquals(Described.fingerprint(server.certificate()), served.get(0).sha256());

        first.useSelfSigned("admin");
        second.sync();
        assertEquals("self-signed", second.served().get(0).source());
    }

    @Test
    public void aRefusedInstallChangesNothing() throws Exception {
        ServerCertificateServiceImpl node = node("a", new SharedTable());
        node.sync();
        List<ServerCertificate> before = node.served();
        TestPki.Made root = TestPki.ca("Corp Root");
        TestPki.Made server = TestPki.server(root, "wrong.example.com");

        assertThrows(InvalidInputException.class, () -> node.installPem(pem(server, root), "admin"));
        assertThrows(InvalidInputException.class, () -> node.installPem("not pem at all", "admin"));

        assertEquals(before, node.served());
    }

    @Test
    public void deviceTrustAnchorsAreCaCertificatesOnly() throws Exception {
        ServerCertificateServiceImpl node = node("a", new SharedTable());
        TestPki.Made root = TestPki.ca("Device Root");
        TestPki.Made leaf = TestPki.server(root, "x");

        assertThrows(InvalidInputException.class, () -> node.installDeviceTrust(Described.pem(leaf.certificate()), "admin"));
        assertEquals(1, node.installDeviceTrust(Described.pem(root.certificate()), "admin").size());
        node.removeDeviceTrust("admin");
        assertEquals(List.of(), node.deviceTrust());
    }

    private ServerCertificateServiceImpl node(String name, SharedTable table) throws Exception {
        Path etc = folder.newFolder(name).toPath();
        ServerKeystore keystore = new ServerKeystore(etc);
        keystore.ensure(() -> "localhost");
        ServerCertificateServiceImpl node = new ServerCertificateServiceImpl(keystore, etc.resolve("trust.pem"), new PlainCipher(), Clock.systemUTC());
        node.bind(table, "localhost");
        return node;
    }

    private static String pem(TestPki.Made server, TestPki.Made root) {
        return ServerCertificateServiceImpl.pem(new CertificateIssuer.Issued(server.keys().getPrivate(),
                new java.security.cert.X509Certificate[] {server.certificate(), root.certificate()}));
    }

    /** No secrecy needed here: the test checks what is stored and applied, not the sealing. */
    private static final class PlainCipher implements SecretCipher {
        @Override
        public String seal(byte[] plaintext) {
            return Base64.getEncoder().encodeToString(plaintext);
        }

        @Override
        public byte[] open(String token) {
            return Base64.getDecoder().decode(token.getBytes(StandardCharsets.US_ASCII));
        }
    }

    private static final class SharedTable implements TlsMaterialRepository {
        private final Map<String, Stored> rows = new HashMap<>();

        @Override
        public synchronized Optional<Stored> find(String name) {
            return Optional.ofNullable(rows.get(name));
        }

        @Override
        public synchronized long put(String name, String sealedValue, String by) {
            long version = rows.containsKey(name) ? rows.get(name).version() + 1 : 1;
            rows.put(name, new Stored(name, sealedValue, version, null, by));
            return version;
        }

        @Override
        public synchronized void remove(String name) {
            rows.remove(name);
        }

        @Override
        public synchronized Stored getOrCreate(String name, Supplier<String> newSealedValue) {
            return rows.computeIfAbsent(name, n -> new Stored(n, newSealedValue.get(), 1, null, null));
        }
    }
}
