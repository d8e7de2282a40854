package org.dialtone.bootstrap.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class InitialAdminTest {
    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void firstStartAddsAdminWithBcryptHashAndOwnerOnlyPasswordFile() throws Exception {
        Path users = folder.getRoot().toPath().resolve("users.properties");
        Files.writeString(users, "_g_\\:admingroup = group,admin,manager,viewer,systembundles,ssh\n");
        Path passwordFile = folder.getRoot().toPath().resolve("data/dialtone/initial-admin-password");

        InitialAdmin.Created created = new InitialAdmin(users, passwordFile).ensure(null).orElseThrow();

        assertEquals(20, created.password().length());
        assertEquals(created.password(), Files.readString(passwordFile).trim());
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        String entry = adminEntry(users);
        assertFalse("the plain password must not be stored", entry.contains(created.password()));
        assertTrue(OpenBSDBCrypt.checkPassword(storedHash(entry), created.password().toCharArray()));
        assertTrue(entry.endsWith(",_g_:admingroup"));
        assertTrue("existing groups are kept", Files.readString(users).contains("admingroup = group,admin"));
    }

    @Test
    public void passwordFromEnvironmentIsUsedAndNotWrittenDown() throws Exception {
        Path users = folder.getRoot().toPath().resolve("users.properties");
        Path passwordFile = folder.getRoot().toPath().resolve("initial-admin-password");

        assertTrue(new InitialAdmin(users, passwordFile).ensure("s3cret-from-env").isEmpty());

        String entry = adminEntry(users);
        assertTrue(OpenBSDBCrypt.checkPassword(storedHash(entry), "s3cret-from-env".toCharArray()));
        assertFalse(Files.exists(passwordFile));
    }

    @Test
    public void laterStartsKeepTheExistingAdmin() throws Exception {
        Path users = folder.getRoot().toPath().resolve("users.properties");
        Path passwordFile = folder.getRoot().toPath().resolve("initial-admin-password");
        InitialAdmin admin = new InitialAdmin(users, passwordFile);
        admin.ensure(null);
        String before = Files.readString(users);

        assertTrue(admin.ensure("another").isEmpty());
        assertEquals(before, Files.readString(users));
    }

    /** Karaf's spring-security-crypto encryption with encoding=hexadecimal reads the bcrypt string hex-encoded. */
    private static String storedHash(String entry) {
        String hex = entry.substring(entry.indexOf("{CRYPT}") + 7, entry.lastIndexOf("{CRYPT}"));
        return new String(HexFormat.of().parseHex(hex), StandardCharsets.US_ASCII);
    }

    private static String adminEntry(Path users) throws Exception {
        List<String> lines = Files.readAllLines(users, StandardCharsets.ISO_8859_1);
        return lines.stream().filter(l -> l.startsWith("admin ")).findFirst().orElseThrow();
    }
}
