package org.dialtone.bootstrap.tls;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The device CAs an admin installed ({@code etc/dialtone-device-trust.pem}: Poly's equipment CAs or one's own), read
 * again when the file changes; and whether a chain a device presents leads to one of them.
 */
public final class DeviceTrustAnchors {
    public static final String FILE = "dialtone-device-trust.pem";

    private record Read(Object stamp, Set<TrustAnchor> anchors) {
    }

    private final Path file;
    private volatile Read read = new Read("not read yet", Set.of());

    public DeviceTrustAnchors(Path file) {
        this.file = file;
    }

    /** The installation's anchors file under {@code karaf.etc}. */
    public static DeviceTrustAnchors installed() {
        return new DeviceTrustAnchors(Path.of(System.getProperty("karaf.etc", "etc"), FILE));
    }

    /** The anchors in force now; none when the file is absent (or, while it cannot be read, the last ones read). */
    public Set<TrustAnchor> anchors() {
        try {
            Object stamp = Files.exists(file) ? ServerKeystore.stamp(file) : "none";
            Read current = read;
            if (current.stamp().equals(stamp)) {
                return current.anchors();
            }
            Set<TrustAnchor> anchors = Set.of();
            if (!"none".equals(stamp)) {
                try (InputStream in = Files.newInputStream(file)) {
                    anchors = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                            .map(c -> new TrustAnchor((X509Certificate) c, null)).collect(Collectors.toUnmodifiableSet());
                }
            }
            read = new Read(stamp, anchors);
            return anchors;
        } catch (IOException | GeneralSecurityException e) {
            return read.anchors();
        }
    }

    /**
     * Whether the chain leads to one of {@code anchors} and is valid at {@code at} (no revocation check: devices' CAs
     * publish none a server could reach); throws with the validator's reason otherwise.
     */
    public static void validate(X509Certificate[] chain, Set<TrustAnchor> anchors, Date at) throws GeneralSecurityException {
        PKIXParameters parameters = new PKIXParameters(anchors);
        parameters.setRevocationEnabled(false);
        parameters.setDate(at);
        List<X509Certificate> path = List.of(chain).stream()
                .filter(c -> anchors.stream().noneMatch(a -> a.getTrustedCert().equals(c))).collect(Collectors.toList());
        CertPathValidator.getInstance("PKIX").validate(CertificateFactory.getInstance("X.509").generateCertPath(path), parameters);
    }
}
