package org.dialtone.bootstrap.internal;

import java.net.Socket;
import java.nio.file.Path;
import java.security.Principal;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedKeyManager;
import org.dialtone.bootstrap.tls.CertificateIssuer;
import org.dialtone.bootstrap.tls.ServerKeystore;

/**
 * Serves whatever {@code etc/dialtone-tls.p12} holds now: the file is checked at most once a second and read again when
 * it changed, so a new certificate applies to the next handshake without a restart. For each handshake JSSE asks for a
 * key type the client can use; an installed certificate wins over the self-signed one of the same type.
 */
final class CurrentKeys extends X509ExtendedKeyManager {
    private static final long CHECK_MILLIS = 1000;

    private record Loaded(int generation, Map<String, CertificateIssuer.Issued> entries, Object stamp) {
    }

    private final ServerKeystore keystore;
    // Aliases carry the generation ("rsa#3") so a key asked for just after a reload still matches its certificate.
    private final Map<String, CertificateIssuer.Issued> byAlias = new ConcurrentHashMap<>();
    private volatile Loaded loaded;
    private volatile long nextCheck;

    CurrentKeys(ServerKeystore keystore) {
        this.keystore = keystore;
        this.loaded = load(0);
    }

    @Override
    public String chooseEngineServerAlias(String keyType, Principal[] issuers, SSLEngine engine) {
        return choose(keyType);
    }

    @Override
    public String chooseServerAlias(String keyType, Principal[] issuers, Socket socket) {
        return choose(keyType);
    }

    @Override
    public String[] getServerAliases(String keyType, Principal[] issuers) {
        String alias = choose(keyType);
        return alias == null ? null : new String[] {alias};
    }

    @Override
    public X509Certificate[] getCertificateChain(String alias) {
        CertificateIssuer.Issued entry = byAlias.get(alias);
        return entry == null ? null : entry.chain().clone();
    }

    @Override
    public PrivateKey getPrivateKey(String alias) {
        CertificateIssuer.Issued entry = byAlias.get(alias);
        return entry == null ? null : entry.key();
    }

    @Override
    public String[] getClientAliases(String keyType, Principal[] issuers) {
        return null;
    }

    @Override
    public String chooseClientAlias(String[] keyType, Principal[] issuers, Socket socket) {
        return null;
    }

    @Override
    public String chooseEngineClientAlias(String[] keyType, Principal[] issuers, SSLEngine engine) {
        return null;
    }

    private String choose(String keyType) {
        Loaded current = current();
        String best = null;
        for (Map.Entry<String, CertificateIssuer.Issued> entry : current.entries().entrySet()) {
            if (entry.getValue().key().getAlgorithm().equals(keyType)) {
                if (best == null || entry.getKey().equals(ServerKeystore.INSTALLED)) {
                    best = entry.getKey();
                }
            }
        }
        return best == null ? null : best + "#" + current.generation();
    }

    private Loaded current() {
        long now = System.currentTimeMillis();
        if (now < nextCheck) {
            return loaded;
        }
        synchronized (this) {
            if (now >= nextCheck) {
                nextCheck = now + CHECK_MILLIS;
                Loaded before = loaded;
                Path file = keystore.keystore();
                try {
                    if (!ServerKeystore.stamp(file).equals(before.stamp())) {
                        loaded = load(before.generation() + 1);
                        byAlias.keySet().removeIf(alias -> !alias.endsWith("#" + before.generation())
                                && !alias.endsWith("#" + loaded.generation()));
                        Activator.LOG.info("Dialtone: TLS keystore {} read again: serving {}", file, loaded.entries().keySet());
                    }
                } catch (java.io.IOException | RuntimeException e) {
                    Activator.LOG.warn("Dialtone: TLS keystore {} could not be read again, still serving the certificates read before: {}",
                            file, e.getMessage());
                }
            }
            return loaded;
        }
    }

    private Loaded load(int generation) {
        Path file = keystore.keystore();
        try {
            Object stamp = ServerKeystore.stamp(file);
            Map<String, CertificateIssuer.Issued> entries = keystore.entries();
            entries.forEach((alias, entry) -> byAlias.put(alias + "#" + generation, entry));
            return new Loaded(generation, Map.copyOf(entries), stamp);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Could not read the TLS keystore " + file, e);
        }
    }
}
