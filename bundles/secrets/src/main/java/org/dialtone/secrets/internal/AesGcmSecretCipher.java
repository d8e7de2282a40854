package org.dialtone.secrets.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.dialtone.api.security.SecretCipher;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM with a key kept in a file outside the database. Every server node that shares a database
 * must have the same key file. Tokens read {@code v1.<key id>.<base64url(iv ‖ ciphertext ‖ tag)>}.
 */
@Component(service = SecretCipher.class, configurationPid = "org.dialtone.secrets")
@Designate(ocd = AesGcmSecretCipher.Config.class)
public class AesGcmSecretCipher implements SecretCipher {
    @ObjectClassDefinition(name = "Dialtone secret encryption")
    public @interface Config {
        @AttributeDefinition(description = "Key file (32 random bytes, base64); created on first start when missing."
                + " Copy it to every node that shares the database.")
        String keyFile() default "";
    }

    private static final Logger LOG = LoggerFactory.getLogger(AesGcmSecretCipher.class);
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;
    private final String keyId;

    @Activate
    public AesGcmSecretCipher(Config config) {
        this(config.keyFile().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "dialtone-secret.key")
                : Path.of(config.keyFile()));
    }

    AesGcmSecretCipher(Path keyFile) {
        byte[] raw = loadOrCreate(keyFile);
        this.key = new SecretKeySpec(raw, "AES");
        this.keyId = keyId(raw);
    }

    @Override
    public String seal(byte[] plaintext) {
        try {
            byte[] iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext);
            byte[] out = ByteBuffer.allocate(iv.length + sealed.length).put(iv).put(sealed).array();
            return "v1." + keyId + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available in this JVM", e);
        }
    }

    @Override
    public byte[] open(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", 3);
        if (parts.length != 3 || !"v1".equals(parts[0])) {
            throw new IllegalArgumentException("not a sealed secret");
        }
        if (!keyId.equals(parts[1])) {
            throw new IllegalArgumentException("sealed with key " + parts[1] + " but this node has key " + keyId
                    + "; copy the key file of the node that stored it");
        }
        try {
            byte[] in = Base64.getUrlDecoder().decode(parts[2]);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(in, IV_BYTES, in.length - IV_BYTES);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("sealed secret is damaged", e);
        }
    }

    private static byte[] loadOrCreate(Path keyFile) {
        try {
            if (!Files.exists(keyFile)) {
                create(keyFile);
            }
            byte[] raw = Base64.getDecoder().decode(Files.readString(keyFile, StandardCharsets.US_ASCII).trim());
            if (raw.length != 32) {
                throw new IllegalStateException(keyFile + " must hold 32 bytes in base64 (AES-256); restore the original key file");
            }
            return raw;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the secret key file " + keyFile, e);
        }
    }

    private static void create(Path keyFile) throws IOException {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        Files.createDirectories(keyFile.toAbsolutePath().getParent());
        try {
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(keyFile, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(keyFile);
            }
        } catch (FileAlreadyExistsException raced) {
            return;
        }
        Files.writeString(keyFile, Base64.getEncoder().encodeToString(raw) + "\n", StandardCharsets.US_ASCII);
        LOG.info("Created the secret key file {}; back it up and copy it to every node sharing the database", keyFile);
    }

    private static String keyId(byte[] raw) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw);
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
