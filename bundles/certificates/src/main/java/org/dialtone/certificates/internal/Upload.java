package org.dialtone.certificates.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.dialtone.api.InvalidInputException;

/** A certificate chain with its key as an admin sends it: PEM text or a PKCS#12 file. */
record Upload(PrivateKey key, List<X509Certificate> chain) {
    static Upload pem(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(ChainCheck.FIELD, "the request is empty: send the certificates and the key as PEM text");
        }
        List<X509Certificate> chain = new ArrayList<>();
        PrivateKey key = null;
        JcaX509CertificateConverter certificates = new JcaX509CertificateConverter();
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object item;
            while ((item = parser.readObject()) != null) {
                if (item instanceof X509CertificateHolder holder) {
                    chain.add(certificates.getCertificate(holder));
                } else if (item instanceof PEMEncryptedKeyPair || item instanceof PKCS8EncryptedPrivateKeyInfo) {
                    throw new InvalidInputException(ChainCheck.FIELD, "the private key is encrypted: send it unencrypted, or send a"
                            + " PKCS#12 file with its password");
                } else if (item instanceof PEMKeyPair pair) {
                    key = one(key, keys.getKeyPair(pair).getPrivate());
                } else if (item instanceof PrivateKeyInfo info) {
                    key = one(key, keys.getPrivateKey(info));
                }
            }
        } catch (IOException | CertificateException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(ChainCheck.FIELD, "the PEM text could not be read (" + e.getMessage()
                    + "): send BEGIN CERTIFICATE blocks and one BEGIN PRIVATE KEY block");
        }
        return new Upload(key, chain);
    }

    static Upload pkcs12(byte[] bytes, char[] password) {
        if (bytes == null || bytes.length == 0) {
            throw new InvalidInputException(ChainCheck.FIELD, "the request is empty: send the PKCS#12 file as the body");
        }
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(bytes), password);
            List<String> aliases = Collections.list(store.aliases()).stream().filter(alias -> {
                try {
                    return store.isKeyEntry(alias);
                } catch (GeneralSecurityException e) {
                    return false;
                }
            }).toList();
            if (aliases.size() != 1) {
                throw new InvalidInputException(ChainCheck.FIELD, "the PKCS#12 file holds " + aliases.size()
                        + " keys: export the server certificate's key and chain alone");
            }
            Key key = store.getKey(aliases.get(0), password);
            List<X509Certificate> chain = new ArrayList<>();
            for (Certificate certificate : store.getCertificateChain(aliases.get(0))) {
                chain.add((X509Certificate) certificate);
            }
            return new Upload(key instanceof PrivateKey privateKey ? privateKey : null, chain);
        } catch (IOException e) {
            throw new InvalidInputException("password", "the PKCS#12 file could not be opened: the password is wrong or the file is damaged");
        } catch (GeneralSecurityException e) {
            throw new InvalidInputException(ChainCheck.FIELD, "the PKCS#12 file could not be read: " + e.getMessage());
        }
    }

    /** CA certificates only, such as device trust anchors. */
    static List<X509Certificate> certificates(String text) {
        Upload upload = pem(text);
        if (upload.chain().isEmpty()) {
            throw new InvalidInputException(ChainCheck.FIELD, "no certificate was found: send the CA certificates as PEM");
        }
        if (upload.key() != null) {
            throw new InvalidInputException(ChainCheck.FIELD, "a private key was sent: trust anchors are certificates only; keep CA keys to yourself");
        }
        return upload.chain();
    }

    private static PrivateKey one(PrivateKey found, PrivateKey next) {
        if (found != null) {
            throw new InvalidInputException(ChainCheck.FIELD, "more than one private key was sent: send the server certificate's key alone");
        }
        return next;
    }
}
