package org.dialtone.bootstrap.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The default HTTPS identity: an ECDSA P-256 self-signed certificate for this host (ECDSA because a boot
 * storm is bound by TLS handshakes, and P-256 handshakes are the cheapest). Made once; an admin replaces it
 * by pointing {@code etc/org.ops4j.pax.web.cfg} at their own keystore.
 */
final class SelfSignedKeystore {
    static final String KEYSTORE_FILE = "dialtone-tls.p12";
    static final String PASSWORD_FILE = "dialtone-tls.password";
    static final String ALIAS = "server";
    private static final Duration VALIDITY = Duration.ofDays(825);

    private final Path keystore;
    private final Path passwordFile;

    SelfSignedKeystore(Path keystore, Path passwordFile) {
        this.keystore = keystore;
        this.passwordFile = passwordFile;
    }

    /**
     * Creates the keystore and its password file unless the keystore exists; returns whether it created them.
     * The host name is only looked up (a reverse DNS query) when a certificate is made.
     */
    boolean ensure(Supplier<String> hostName) {
        if (Files.exists(keystore)) {
            return false;
        }
        try {
            String password = RandomPasswords.generate(32);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = certificate(pair, hostName.get());

            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password.toCharArray(), new X509Certificate[] {certificate});
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password.toCharArray());

            OwnerOnlyFiles.write(passwordFile, password.getBytes(StandardCharsets.UTF_8));
            OwnerOnlyFiles.write(keystore, bytes.toByteArray());
            return true;
        } catch (GeneralSecurityException | org.bouncycastle.operator.OperatorCreationException e) {
            throw new IllegalStateException("Could not create the self-signed TLS certificate in " + keystore, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the self-signed TLS keystore " + keystore
                    + "; check that the Karaf etc directory is writable", e);
        }
    }

    static X509Certificate certificate(KeyPair pair, String hostName)
            throws GeneralSecurityException, IOException, org.bouncycastle.operator.OperatorCreationException {
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + hostName + ",O=Dialtone self-signed");
        List<GeneralName> names = new ArrayList<>();
        names.add(new GeneralName(GeneralName.dNSName, hostName));
        if (!"localhost".equals(hostName)) {
            names.add(new GeneralName(GeneralName.dNSName, "localhost"));
        }
        names.add(new GeneralName(GeneralName.iPAddress, "127.0.0.1"));
        names.add(new GeneralName(GeneralName.iPAddress, "::1"));

        JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                new BigInteger(64, new SecureRandom()).abs().add(BigInteger.ONE),
                Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(VALIDITY)), subject, pair.getPublic());
        builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names.toArray(GeneralName[]::new)));
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
        builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth));
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
    }
}
