package org.dialtone.certificates.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.dialtone.api.InvalidInputException;
import org.junit.Test;

public class ChainCheckTest {
    private static final String HOST = "prov.example.com";

    @Test
    public void aCompleteChainForTheHostWithItsKeyPasses() throws Exception {
        TestPki.Made root = TestPki.ca("Root");
        TestPki.Made server = TestPki.server(root, HOST);
        ChainCheck.check(server.keys().getPrivate(), List.of(server.certificate(), root.certificate()), HOST, Set.of(), Instant.now());
    }

    @Test
    public void aChainEndingBelowAWellKnownRootPasses() throws Exception {
        TestPki.Made root = TestPki.ca("Well Known");
        TestPki.Made server = TestPki.server(root, HOST);
        ChainCheck.check(server.keys().getPrivate(), List.of(server.certificate()), HOST,
                Set.of(root.certificate().getSubjectX500Principal().getName()), Instant.now());
    }

    @Test
    public void eachBrokenRuleIsRefusedNamingIt() throws Exception {
        TestPki.Made root = TestPki.ca("Root");
        TestPki.Made server = TestPki.server(root, HOST);
        Instant now = Instant.now();

        assertRefused("does not belong", () -> ChainCheck.check(TestPki.rsa().getPrivate(), List.of(server.certificate(), root.certificate()), HOST, Set.of(), now));
        assertRefused("out of order", () -> ChainCheck.check(server.keys().getPrivate(), List.of(server.certificate(), TestPki.ca("Other").certificate()), HOST, Set.of(), now));
        assertRefused("incomplete", () -> ChainCheck.check(server.keys().getPrivate(), List.of(server.certificate()), HOST, Set.of(), now));
        TestPki.Made expired = TestPki.server(root, HOST, now.minus(Duration.ofDays(400)), now.minus(Duration.ofDays(1)), KeyPurposeId.id_kp_serverAuth);
        assertRefused("expired", () -> ChainCheck.check(expired.keys().getPrivate(), List.of(expired.certificate(), root.certificate()), HOST, Set.of(), now));
        TestPki.Made future = TestPki.server(root, HOST, now.plus(Duration.ofDays(2)), now.plus(Duration.ofDays(400)), KeyPurposeId.id_kp_serverAuth);
        assertRefused("not valid before", () -> ChainCheck.check(future.keys().getPrivate(), List.of(future.certificate(), root.certificate()), HOST, Set.of(), now));
        TestPki.Made client = TestPki.server(root, HOST, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), KeyPurposeId.id_kp_clientAuth);
        assertRefused("serverAuth", () -> ChainCheck.check(client.keys().getPrivate(), List.of(client.certificate(), root.certificate()), HOST, Set.of(), now));
        assertRefused("is not among the certificate's names", () -> ChainCheck.check(server.keys().getPrivate(),
                List.of(server.certificate(), root.certificate()), "other.example.com", Set.of(), now));
    }

    @Test
    public void aWildcardCoversOneLabel() {
        assertTrue(ChainCheck.covers("*.example.com", "prov.example.com"));
        assertEquals(false, ChainCheck.covers("*.example.com", "a.prov.example.com"));
        assertTrue(ChainCheck.covers("PROV.example.com", "prov.EXAMPLE.com"));
    }

    private static void assertRefused(String words, org.junit.function.ThrowingRunnable check) {
        InvalidInputException refused = assertThrows(InvalidInputException.class, check);
        assertTrue(refused.getMessage(), refused.getMessage().contains(words));
    }
}
