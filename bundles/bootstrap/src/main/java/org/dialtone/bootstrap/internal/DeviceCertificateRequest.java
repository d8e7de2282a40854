package org.dialtone.bootstrap.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * The HTTPS listeners ask devices for a certificate and never refuse the handshake over it: the provisioning endpoint
 * decides what a presented certificate is worth (a factory certificate for a MAC, or nothing and the account is asked
 * for). JSSE still checks that the client holds the key. The issuers named in the request are the device trust anchors
 * the admin installed ({@code etc/dialtone-device-trust.pem}), so browsers are not offered to pick a certificate of theirs.
 */
final class DeviceCertificateRequest extends X509ExtendedTrustManager {
    static final String ANCHORS_FILE = "dialtone-device-trust.pem";
    private static final long CHECK_MILLIS = 1000;
    private static final X509Certificate[] NONE = new X509Certificate[0];

    private final Path anchors;
    private volatile X509Certificate[] issuers = NONE;
    private volatile Object stamp = "not read yet";
    private volatile long nextCheck;

    DeviceCertificateRequest(Path etc) {
        this.anchors = etc.resolve(ANCHORS_FILE);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine) throws CertificateException {
        checkServerTrusted(chain, authType);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
        throw new CertificateException("Dialtone's TLS provider serves the HTTPS listeners only; it is no client");
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
        long now = System.currentTimeMillis();
        if (now >= nextCheck) {
            nextCheck = now + CHECK_MILLIS;
            reload();
        }
        return issuers.clone();
    }

    private synchronized void reload() {
        try {
            Object now = Files.exists(anchors) ? org.dialtone.bootstrap.tls.ServerKeystore.stamp(anchors) : "none";
            if (now.equals(stamp)) {
                return;
            }
            stamp = now;
            if ("none".equals(now)) {
                issuers = NONE;
                return;
            }
            try (InputStream in = Files.newInputStream(anchors)) {
                issuers = CertificateFactory.getInstance("X.509").generateCertificates(in).stream()
                        .map(X509Certificate.class::cast).toArray(X509Certificate[]::new);
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            Activator.LOG.warn("Dialtone: device trust anchors {} could not be read: {}", anchors, e.getMessage());
        }
    }
}
