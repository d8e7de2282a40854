package org.dialtone.bootstrap.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.dialtone.bootstrap.tls.OwnerOnlyFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;

/**
 * Creates the {@code admin} account of the Karaf JAAS realm on first start. There is no well-known default
 * password: it comes from {@value #PASSWORD_VARIABLE} or is random and written once to an owner-only file.
 * The realm stores it as a bcrypt hash in the form Karaf's spring-security-crypto encryption writes
 * itself: hex-encoded between {@code {CRYPT}} markers.
 */
final class InitialAdmin {
    static final String PASSWORD_VARIABLE = "DIALTONE_ADMIN_PASSWORD";
    static final String USER = "admin";
    static final String GROUP = "_g_:admingroup";
    private static final int BCRYPT_COST = 10;
    private static final Pattern ADMIN_ENTRY = Pattern.compile("^\\s*" + USER + "\\s*[=:].*");

    record Created(String password, Path passwordFile) {
    }

    private final Path usersProperties;
    private final Path passwordFile;

    InitialAdmin(Path usersProperties, Path passwordFile) {
        this.usersProperties = usersProperties;
        this.passwordFile = passwordFile;
    }

    /**
     * Adds the admin account unless the realm already has one. Returns the generated password, or empty when
     * the account existed or the password came from the environment.
     */
    Optional<Created> ensure(String passwordFromEnvironment) {
        try {
            List<String> lines = Files.exists(usersProperties)
                    ? Files.readAllLines(usersProperties, StandardCharsets.ISO_8859_1)
                    : List.of();
            if (lines.stream().anyMatch(line -> ADMIN_ENTRY.matcher(line).matches())) {
                return Optional.empty();
            }
            boolean given = passwordFromEnvironment != null && !passwordFromEnvironment.isBlank();
            String password = given ? passwordFromEnvironment : RandomPasswords.generate(20);

            List<String> updated = new ArrayList<>(lines);
            updated.add(USER + " = {CRYPT}" + bcrypt(password) + "{CRYPT}," + GROUP);
            OwnerOnlyFiles.write(usersProperties,
                    (String.join("\n", updated) + "\n").getBytes(StandardCharsets.ISO_8859_1));
            if (given) {
                return Optional.empty();
            }
            OwnerOnlyFiles.write(passwordFile, (password + "\n").getBytes(StandardCharsets.UTF_8));
            return Optional.of(new Created(password, passwordFile));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create the admin account in " + usersProperties
                    + "; check that the Karaf etc and data directories are writable", e);
        }
    }

    static String bcrypt(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        String hash = OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, BCRYPT_COST);
        return HexFormat.of().formatHex(hash.getBytes(StandardCharsets.US_ASCII));
    }
}
