package org.dialtone.certificates.internal;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.dialtone.api.InvalidInputException;

/**
 * What a certificate must be before the listeners serve it. Each rule that fails names itself and what to do, and
 * nothing is changed. Phones check the chain up to a CA they trust and the host name they were given, so those are
 * checked here the same way, before a phone finds out.
 */
final class ChainCheck {
    static final String FIELD = "certificate";
    private static final String SERVER_AUTH = "1.3.6.1.5.5.7.3.1";
    private static final String ANY_PURPOSE = "2.5.29.37.0";

    private ChainCheck() {
    }

    /**
     * @param roots the CAs phones trust out of the box (the JDK's list stands in for theirs): a chain that ends below one
     *              of them is complete; any other chain must end with its self-signed root
     */
    static void check(PrivateKey key, List<X509Certificate> chain, String hostName, Set<String> roots, Instant now) {
        if (chain.isEmpty()) {
            throw new InvalidInputException(FIELD, "no certificate was found: send the server certificate, its intermediates and its key as PEM, or a PKCS#12 file");
        }
        if (key == null) {
            throw new InvalidInputException(FIELD, "no private key was found: add the server certificate's key (PKCS#8, PKCS#1 or SEC1 PEM, unencrypted)");
        }
        X509Certificate server = chain.get(0);
        if (!matches(key, server.getPublicKey())) {
            throw new InvalidInputException(FIELD, "the private key does not belong to the first certificate (" + subject(server)
                    + "): send the key that was made with this certificate's request");
        }
        for (int i = 0; i + 1 < chain.size(); i++) {
            if (!issuedBy(chain.get(i), chain.get(i + 1))) {
                throw new InvalidInputException(FIELD, "the chain is out of order: certificate " + (i + 2) + " (" + subject(chain.get(i + 1))
                        + ") did not issue certificate " + (i + 1) + " (" + subject(chain.get(i))
                        + "); put the server certificate first, then each issuer in turn");
            }
        }
        X509Certificate top = chain.get(chain.size() - 1);
        boolean selfSigned = top.getSubjectX500Principal().equals(top.getIssuerX500Principal()) && issuedBy(top, top);
        if (!selfSigned && !roots.contains(top.getIssuerX500Principal().getName())) {
            throw new InvalidInputException(FIELD, "the chain is incomplete: nothing here or among the well-known CAs issued "
                    + subject(top) + " (issuer " + top.getIssuerX500Principal().getName() + "); add the intermediate certificates up to the root");
        }
        for (X509Certificate certificate : chain) {
            try {
                certificate.checkValidity(Date.from(now));
            } catch (CertificateExpiredException e) {
                throw new InvalidInputException(FIELD, subject(certificate) + " expired on " + certificate.getNotAfter().toInstant()
                        + ": renew it with its CA");
            } catch (CertificateNotYetValidException e) {
                throw new InvalidInputException(FIELD, subject(certificate) + " is not valid before " + certificate.getNotBefore().toInstant()
                        + ": check this server's clock, or wait until then");
            }
        }
        try {
            List<String> purposes = server.getExtendedKeyUsage();
            if (purposes != null && !purposes.contains(SERVER_AUTH) && !purposes.contains(ANY_PURPOSE)) {
                throw new InvalidInputException(FIELD, "the certificate may not serve TLS: its extended key usage lacks serverAuth;"
                        + " request a TLS server certificate");
            }
        } catch (CertificateParsingException e) {
            throw new InvalidInputException(FIELD, "the extended key usage could not be read: " + e.getMessage());
        }
        if (hostName == null || hostName.isBlank()) {
            throw new InvalidInputException("hostName", "set the provisioning host name in the provisioning settings first:"
                    + " the certificate must carry the name phones are given");
        }
        if (!names(server).stream().anyMatch(name -> covers(name, hostName))) {
            throw new InvalidInputException(FIELD, "the provisioning host name " + hostName + " is not among the certificate's names "
                    + names(server) + ": request it with that name in its subject alternative names");
        }
    }

    /** The DNS names and IP addresses of the certificate's subject alternative names. */
    static List<String> names(X509Certificate certificate) {
        try {
            Collection<List<?>> names = certificate.getSubjectAlternativeNames();
            if (names == null) {
                return List.of();
            }
            return names.stream().filter(n -> n.size() == 2 && (Integer.valueOf(2).equals(n.get(0)) || Integer.valueOf(7).equals(n.get(0))))
                    .map(n -> String.valueOf(n.get(1))).collect(Collectors.toList());
        } catch (CertificateParsingException e) {
            return List.of();
        }
    }

    static boolean covers(String name, String host) {
        String n = name.toLowerCase(Locale.ROOT);
        String h = host.toLowerCase(Locale.ROOT);
        if (n.startsWith("*.")) {
            int dot = h.indexOf('.');
            return dot > 0 && h.substring(dot).equals(n.substring(1));
        }
        return n.equals(h);
    }

    static boolean matches(PrivateKey key, PublicKey publicKey) {
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())) {
            return false;
        }
        try {
            String algorithm = "EC".equals(key.getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
            byte[] challenge = new byte[32];
            new SecureRandom().nextBytes(challenge);
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(challenge);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(challenge);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static boolean issuedBy(X509Certificate certificate, X509Certificate issuer) {
        if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
            return false;
        }
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    private static String subject(X509Certificate certificate) {
        return certificate.getSubjectX500Principal().getName();
    }
}
