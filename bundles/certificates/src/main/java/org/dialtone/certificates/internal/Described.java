package org.dialtone.certificates.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import org.dialtone.api.tls.ServerCertificate;

final class Described {
    private Described() {
    }

    static ServerCertificate of(String source, X509Certificate certificate) {
        return new ServerCertificate(source, certificate.getPublicKey().getAlgorithm(), certificate.getSubjectX500Principal().getName(),
                ChainCheck.names(certificate), certificate.getIssuerX500Principal().getName(), certificate.getNotBefore().toInstant(),
                certificate.getNotAfter().toInstant(), fingerprint(certificate));
    }

    static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.ofDelimiter(":").withUpperCase().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("The certificate could not be encoded: " + e.getMessage(), e);
        }
    }

    static String pem(X509Certificate certificate) {
        try {
            return "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("The certificate could not be encoded: " + e.getMessage(), e);
        }
    }
}
