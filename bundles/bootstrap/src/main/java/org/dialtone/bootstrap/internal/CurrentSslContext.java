package org.dialtone.bootstrap.internal;

import java.security.KeyManagementException;
import java.security.NoSuchAlgorithmException;
import java.security.NoSuchProviderException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * JSSE's own TLS, with the keys Dialtone serves now and its device certificate request in place of the key and trust
 * managers the web server made from the keystore once at start.
 */
final class CurrentSslContext extends SSLContextSpi {
    private final SSLContext jsse;
    private final KeyManager keys;
    private final TrustManager trust;

    CurrentSslContext(KeyManager keys, TrustManager trust) {
        this.keys = keys;
        this.trust = trust;
        try {
            this.jsse = SSLContext.getInstance("TLS", "SunJSSE");
        } catch (NoSuchAlgorithmException | NoSuchProviderException e) {
            throw new IllegalStateException("The JDK's TLS (SunJSSE) is not available: " + e.getMessage(), e);
        }
    }

    @Override
    protected void engineInit(KeyManager[] ignoredKeys, TrustManager[] ignoredTrust, SecureRandom random) throws KeyManagementException {
        jsse.init(new KeyManager[] {keys}, new TrustManager[] {trust}, random);
    }

    @Override
    protected SSLSocketFactory engineGetSocketFactory() {
        return jsse.getSocketFactory();
    }

    @Override
    protected SSLServerSocketFactory engineGetServerSocketFactory() {
        return jsse.getServerSocketFactory();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine() {
        return jsse.createSSLEngine();
    }

    @Override
    protected SSLEngine engineCreateSSLEngine(String host, int port) {
        return jsse.createSSLEngine(host, port);
    }

    @Override
    protected SSLSessionContext engineGetServerSessionContext() {
        return jsse.getServerSessionContext();
    }

    @Override
    protected SSLSessionContext engineGetClientSessionContext() {
        return jsse.getClientSessionContext();
    }

    @Override
    protected SSLParameters engineGetDefaultSSLParameters() {
        return jsse.getDefaultSSLParameters();
    }

    @Override
    protected SSLParameters engineGetSupportedSSLParameters() {
        return jsse.getSupportedSSLParameters();
    }
}
