package org.dialtone.provisioning.internal;

import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * A device's factory certificate as its identity: a client certificate that chains to a device trust anchor the admin
 * installed ({@code etc/dialtone-device-trust.pem}, Poly's equipment CAs or one's own) and whose subject CN is a MAC
 * address is that device. The anchors are read again when the file changes.
 */
final class DeviceCertificates {
    static final String CHAIN_ATTRIBUTE = "javax.servlet.request.X509Certificate";
    private static final Pattern MAC = Pattern.compile("(?i)([0-9a-f]{2})[:-]?([0-9a-f]{2})[:-]?([0-9a-f]{2})[:-]?([0-9a-f]{2})[:-]?([0-9a-f]{2})[:-]?([0-9a-f]{2})");

    /** What a presented certificate proved: the device's MAC, or why it proves nothing. */
    record Verdict(String mac, String problem) {
        boolean identified() {
            return mac != null;
        }
    }

    private final org.dialtone.bootstrap.tls.DeviceTrustAnchors anchors;
    private final Clock clock;
    private final boolean acceptExpired;

    DeviceCertificates(Path file, Clock clock, boolean acceptExpired) {
        this.anchors = new org.dialtone.bootstrap.tls.DeviceTrustAnchors(file);
        this.clock = clock;
        this.acceptExpired = acceptExpired;
    }

    Verdict check(Object attribute) {
        if (!(attribute instanceof X509Certificate[] chain) || chain.length == 0) {
            return new Verdict(null, "no certificate");
        }
        Set<TrustAnchor> trusted = anchors.anchors();
        if (trusted.isEmpty()) {
            return new Verdict(null, "no device trust anchors are installed");
        }
        Optional<String> mac = mac(chain[0]);
        if (mac.isEmpty()) {
            return new Verdict(null, "its subject CN is no MAC address (" + chain[0].getSubjectX500Principal().getName() + ")");
        }
        try {
            Date now = Date.from(clock.instant());
            // Old units carry certificates past their end date; then the chain is checked as of the moment before it ended.
            Date at = acceptExpired && chain[0].getNotAfter().before(now) ? new Date(chain[0].getNotAfter().getTime() - 1) : now;
            org.dialtone.bootstrap.tls.DeviceTrustAnchors.validate(chain, trusted, at);
            return new Verdict(mac.get(), null);
        } catch (GeneralSecurityException e) {
            return new Verdict(null, "it does not chain to a device trust anchor or is not valid now (" + e.getMessage() + ")");
        }
    }

    static Optional<String> mac(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if (rdn.getType().equalsIgnoreCase("CN")) {
                    Matcher m = MAC.matcher(String.valueOf(rdn.getValue()).strip());
                    if (m.matches()) {
                        return Optional.of((m.group(1) + m.group(2) + m.group(3) + m.group(4) + m.group(5) + m.group(6)).toLowerCase(Locale.ROOT));
                    }
                }
            }
        } catch (InvalidNameException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * The anchors in force now, as a token: a verdict worked out under another token (other anchors, or another instance
     * with other settings) no longer holds.
     */
    Object generation() {
        return anchors.anchors();
    }
}
