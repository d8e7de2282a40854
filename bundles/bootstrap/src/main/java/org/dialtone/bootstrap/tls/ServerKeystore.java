package org.dialtone.bootstrap.tls;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The server's TLS identity in {@code etc/}: {@code dialtone-tls.p12} holds the key entries the HTTPS listeners serve
 * (the self-signed {@code rsa} and {@code ec} pair, or one {@code installed} chain), {@code dialtone-ca.p12} the
 * installation's CA with its key, both under the password in {@code dialtone-tls.password}, all owner-only. The
 * listeners pick up a rewritten keystore within a second, so writing it is how a certificate is applied.
 */
public final class ServerKeystore {
    public static final String KEYSTORE_FILE = "dialtone-tls.p12";
    public static final String PASSWORD_FILE = "dialtone-tls.password";
    public static final String AUTHORITY_FILE = "dialtone-ca.p12";
    public static final String RSA = "rsa";
    public static final String EC = "ec";
    public static final String INSTALLED = "installed";
    public static final String AUTHORITY = "dialtone-ca";
    /** The alias of the single ECDSA self-signed certificate that earlier versions made. */
    private static final String EARLIER_ALIAS = "server";
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final Path etc;

    public ServerKeystore(Path etc) {
        this.etc = etc;
    }

    public static ServerKeystore ofKaraf() {
        return new ServerKeystore(Path.of(System.getProperty("karaf.etc", "etc")));
    }

    public Path keystore() {
        return etc.resolve(KEYSTORE_FILE);
    }

    /**
     * Makes what a first start needs: the CA and the self-signed pair for {@code hostName}. A keystore an admin put in
     * place is kept; the earlier single ECDSA self-signed certificate is replaced by the pair. The host name is only
     * looked up (a reverse DNS query) when certificates are made. Returns whether anything was written.
     */
    public boolean ensure(Supplier<String> hostName) {
        if (Files.exists(keystore()) && !earlierSelfSigned()) {
            return false;
        }
        selfSigned(hostName.get(), CertificateIssuer.localAddresses());
        return true;
    }

    /** New self-signed server certificates for {@code hostName} under the installation's CA, made first if missing. */
    public CertificateIssuer.Issued selfSigned(String hostName, List<String> addresses) {
        CertificateIssuer.Issued authority = authority().orElseGet(() -> {
            CertificateIssuer.Issued made = CertificateIssuer.authority(hostName);
            writeAuthority(made);
            return made;
        });
        Map<String, CertificateIssuer.Issued> entries = new LinkedHashMap<>();
        entries.put(RSA, CertificateIssuer.server(authority, "RSA", hostName, addresses));
        entries.put(EC, CertificateIssuer.server(authority, "EC", hostName, addresses));
        write(keystore(), entries, authority.certificate());
        return authority;
    }

    /** Serves {@code installed} (the admin's key and chain) instead of the self-signed pair. */
    public void install(CertificateIssuer.Issued installed) {
        write(keystore(), Map.of(INSTALLED, installed), null);
    }

    private record Snapshot(Object stamp, Map<String, CertificateIssuer.Issued> entries) {
    }

    /** What tells a rewritten keystore from the one read before: written by replacing, it is a new file. */
    public static Object stamp(Path file) throws IOException {
        java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
        return List.of(String.valueOf(attributes.fileKey()), attributes.lastModifiedTime(), attributes.size());
    }

    private final Map<Path, Snapshot> snapshots = new java.util.concurrent.ConcurrentHashMap<>();

    /** The key entries the listeners serve now, by alias. */
    public Map<String, CertificateIssuer.Issued> entries() {
        return cached(keystore());
    }

    public Optional<CertificateIssuer.Issued> authority() {
        Path file = etc.resolve(AUTHORITY_FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.ofNullable(cached(file).get(AUTHORITY));
    }

    /** A keystore's key entries, read again only when the file changed (opening one is slow by design). */
    private Map<String, CertificateIssuer.Issued> cached(Path file) {
        try {
            Object stamp = stamp(file);
            Snapshot known = snapshots.get(file);
            if (known != null && known.stamp().equals(stamp)) {
                return known.entries();
            }
            Map<String, CertificateIssuer.Issued> entries = Collections.unmodifiableMap(read(file));
            snapshots.put(file, new Snapshot(stamp, entries));
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file, e);
        }
    }

    public void writeAuthority(CertificateIssuer.Issued authority) {
        write(etc.resolve(AUTHORITY_FILE), Map.of(AUTHORITY, authority), null);
    }

    /** The keystore's bytes, for storing the installed certificate where every node finds it. */
    public byte[] bytes() {
        try {
            return Files.readAllBytes(keystore());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + keystore(), e);
        }
    }

    /** Reads a PKCS#12 keystore made by {@link #bytes()} under this installation's password. */
    public Map<String, CertificateIssuer.Issued> parse(byte[] keystore) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(keystore), password());
            return entries(store, password());
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("The stored keystore could not be read with this node's " + PASSWORD_FILE
                    + "; every node needs the same file: " + e.getMessage(), e);
        }
    }

    public char[] password() {
        Path file = etc.resolve(PASSWORD_FILE);
        try {
            if (!Files.exists(file)) {
                SecureRandom random = new SecureRandom();
                StringBuilder password = new StringBuilder();
                for (int i = 0; i < 32; i++) {
                    password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
                }
                OwnerOnlyFiles.write(file, password.toString().getBytes(StandardCharsets.UTF_8));
            }
            return Files.readString(file).strip().toCharArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create " + file + "; check that the Karaf etc directory is writable", e);
        }
    }

    private boolean earlierSelfSigned() {
        try {
            KeyStore store = load(keystore());
            Certificate certificate = store.getCertificate(EARLIER_ALIAS);
            return Collections.list(store.aliases()).size() == 1 && certificate instanceof X509Certificate x509
                    && x509.getSubjectX500Principal().getName().contains("O=Dialtone self-signed");
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private Map<String, CertificateIssuer.Issued> read(Path file) {
        return entries(load(file), password());
    }

    private KeyStore load(Path file) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (var in = Files.newInputStream(file)) {
                store.load(in, password());
            }
            return store;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + file + " with the password in " + PASSWORD_FILE, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not read " + file + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, CertificateIssuer.Issued> entries(KeyStore store, char[] password) {
        try {
            Map<String, CertificateIssuer.Issued> entries = new LinkedHashMap<>();
            for (String alias : Collections.list(store.aliases())) {
                if (!store.isKeyEntry(alias)) {
                    continue;
                }
                Key key = store.getKey(alias, password);
                Certificate[] chain = store.getCertificateChain(alias);
                if (key instanceof PrivateKey privateKey && chain != null && chain.length > 0) {
                    X509Certificate[] x509 = new X509Certificate[chain.length];
                    for (int i = 0; i < chain.length; i++) {
                        x509[i] = (X509Certificate) chain[i];
                    }
                    entries.put(alias, new CertificateIssuer.Issued(privateKey, x509));
                }
            }
            return entries;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("A key in the TLS keystore could not be read: " + e.getMessage(), e);
        }
    }

    private void write(Path file, Map<String, CertificateIssuer.Issued> entries, X509Certificate trusted) {
        char[] password = password();
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            for (Map.Entry<String, CertificateIssuer.Issued> entry : entries.entrySet()) {
                store.setKeyEntry(entry.getKey(), entry.getValue().key(), password, entry.getValue().chain());
            }
            if (trusted != null) {
                store.setCertificateEntry(AUTHORITY, trusted);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            OwnerOnlyFiles.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file + "; check that the Karaf etc directory is writable", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
