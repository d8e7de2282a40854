package org.dialtone.api.tls;

import java.time.Instant;
import java.util.List;

/**
 * A certificate the server serves or trusts, as an admin checks it.
 *
 * @param source    {@code self-signed} (under the installation's CA), {@code installed} (the admin's), or {@code device-trust}
 * @param keyType   {@code RSA} or {@code EC}
 * @param sha256    the SHA-256 fingerprint of the DER encoding, colon-separated hex
 */
public record ServerCertificate(String source, String keyType, String subject, List<String> subjectAlternativeNames, String issuer,
                                Instant notBefore, Instant notAfter, String sha256) {
    public ServerCertificate {
        subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
    }
}
