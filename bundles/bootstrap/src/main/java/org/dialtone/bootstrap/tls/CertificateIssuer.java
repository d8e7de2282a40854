package org.dialtone.bootstrap.tls;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Issues the installation's own certificates: one private CA per installation, which phones are told to trust once
 * (the trust bootstrap), and under it an RSA 2048 and an ECDSA P-256 server certificate. RSA is what phones on factory
 * settings can use; ECDSA is kept beside it for clients that prefer it. Both are signed SHA-256 with RSA by the CA, so a
 * new host name needs only new server certificates, never a new CA on the phones.
 */
public final class CertificateIssuer {
    public static final Duration CA_VALIDITY = Duration.ofDays(20 * 365);
    public static final Duration SERVER_VALIDITY = Duration.ofDays(825);
    private static final SecureRandom RANDOM = new SecureRandom();

    private CertificateIssuer() {
    }

    /** A key and its chain, the server certificate first. */
    public record Issued(PrivateKey key, X509Certificate[] chain) {
        public X509Certificate certificate() {
            return chain[0];
        }
    }

    public static Issued authority(String hostName) {
        try {
            KeyPair pair = rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE)
                    .addRDN(BCStyle.CN, "Dialtone CA " + hostName + " " + Long.toHexString(RANDOM.nextLong() & 0xffffffffL))
                    .addRDN(BCStyle.O, "Dialtone self-signed").build();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(CA_VALIDITY)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
            builder.addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(pair.getPublic()));
            X509Certificate certificate = sign(builder, pair.getPrivate());
            return new Issued(pair.getPrivate(), new X509Certificate[] {certificate});
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Could not create the installation's certificate authority: " + e.getMessage(), e);
        }
    }

    /**
     * A server certificate for {@code hostName} signed by {@code authority}, with the host name as CN and the host name,
     * {@code localhost} and the given addresses as subject alternative names.
     *
     * @param keyAlgorithm {@code RSA} or {@code EC}
     */
    public static Issued server(Issued authority, String keyAlgorithm, String hostName, List<String> addresses) {
        try {
            KeyPair pair = "EC".equals(keyAlgorithm) ? ec() : rsa();
            X500Name subject = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, hostName)
                    .addRDN(BCStyle.O, "Dialtone self-signed").build();
            X509Certificate ca = authority.certificate();
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(ca, serial(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(SERVER_VALIDITY)), subject, pair.getPublic());
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names(hostName, addresses)));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            int usage = "EC".equals(keyAlgorithm) ? KeyUsage.digitalSignature : KeyUsage.digitalSignature | KeyUsage.keyEncipherment;
            builder.addExtension(Extension.keyUsage, true, new KeyUsage(usage));
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
            builder.addExtension(Extension.authorityKeyIdentifier, false, extensions.createAuthorityKeyIdentifier(ca));
            X509Certificate certificate = sign(builder, authority.key());
            return new Issued(pair.getPrivate(), new X509Certificate[] {certificate, ca});
        } catch (GeneralSecurityException | IOException | OperatorCreationException e) {
            throw new IllegalStateException("Could not create the server certificate for " + hostName + ": " + e.getMessage(), e);
        }
    }

    /** This machine's own addresses (not loopback, which is always included), for the certificates' SANs. */
    public static List<String> localAddresses() {
        Set<String> found = new LinkedHashSet<>();
        try {
            for (java.net.NetworkInterface nic : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!nic.isUp() || nic.isLoopback()) {
                    continue;
                }
                for (InetAddress address : java.util.Collections.list(nic.getInetAddresses())) {
                    if (!address.isLinkLocalAddress()) {
                        found.add(address.getHostAddress().replaceAll("%.*$", ""));
                    }
                }
            }
        } catch (java.net.SocketException e) {
            return List.of();
        }
        return List.copyOf(found);
    }

    private static GeneralName[] names(String hostName, List<String> addresses) {
        List<GeneralName> names = new ArrayList<>();
        Set<String> dns = new LinkedHashSet<>();
        Set<String> ips = new LinkedHashSet<>(List.of("127.0.0.1", "::1"));
        if (isAddress(hostName)) {
            ips.add(hostName);
        } else {
            dns.add(hostName.toLowerCase(Locale.ROOT));
        }
        dns.add("localhost");
        ips.addAll(addresses);
        dns.forEach(name -> names.add(new GeneralName(GeneralName.dNSName, name)));
        ips.forEach(ip -> names.add(new GeneralName(GeneralName.iPAddress, ip)));
        return names.toArray(GeneralName[]::new);
    }

    static boolean isAddress(String host) {
        return host.matches("[0-9.]+") || host.contains(":");
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048, RANDOM);
        return generator.generateKeyPair();
    }

    private static KeyPair ec() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static BigInteger serial() {
        return new BigInteger(64, RANDOM).abs().add(BigInteger.ONE);
    }

    private static X509Certificate sign(JcaX509v3CertificateBuilder builder, PrivateKey key)
            throws GeneralSecurityException, OperatorCreationException {
        return new JcaX509CertificateConverter().getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(key)));
    }
}
