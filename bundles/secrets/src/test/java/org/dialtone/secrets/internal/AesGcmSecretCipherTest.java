package org.dialtone.secrets.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AesGcmSecretCipherTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void sealedSecretOpensAgainAfterRestartWithTheSameKeyFile() throws Exception {
        Path keyFile = folder.getRoot().toPath().resolve("etc/dialtone-secret.key");
        String token = new AesGcmSecretCipher(keyFile).seal("PlcmSpIp:secret".getBytes(StandardCharsets.UTF_8));

        assertFalse(token.contains("PlcmSpIp"));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertArrayEquals("PlcmSpIp:secret".getBytes(StandardCharsets.UTF_8), new AesGcmSecretCipher(keyFile).open(token));
    }

    @Test
    public void sameSecretSealsDifferentlyEachTime() {
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(folder.getRoot().toPath().resolve("k"));
        assertNotEquals(cipher.seal(new byte[] {1, 2, 3}), cipher.seal(new byte[] {1, 2, 3}));
    }

    @Test
    public void tamperedTokenIsRefused() {
        AesGcmSecretCipher cipher = new AesGcmSecretCipher(folder.getRoot().toPath().resolve("k"));
        String token = cipher.seal(new byte[] {1, 2, 3, 4, 5, 6, 7, 8});
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        assertThrows(IllegalArgumentException.class, () -> cipher.open(tampered));
    }

    @Test
    public void tokenFromAnotherKeySaysWhichKeyIsMissing() {
        String token = new AesGcmSecretCipher(folder.getRoot().toPath().resolve("a")).seal(new byte[] {1});
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new AesGcmSecretCipher(folder.getRoot().toPath().resolve("b")).open(token));
        assertEquals(true, e.getMessage().contains("copy the key file"));
    }
}
