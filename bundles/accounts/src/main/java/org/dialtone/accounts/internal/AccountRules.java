package org.dialtone.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;
import org.bouncycastle.crypto.generators.OpenBSDBCrypt;
import org.dialtone.api.InvalidInputException;
import java.util.List;
import org.dialtone.api.security.Role;

/** What makes an account, a password and a token valid, and how passwords and token secrets are kept. */
final class AccountRules {
    static final int MIN_PASSWORD = 12;
    static final int MAX_SITES = 500;
    /** bcrypt reads no further: a longer password would be checked by its first 72 bytes only. */
    static final int MAX_PASSWORD_BYTES = 72;
    static final Duration LONGEST_TOKEN = Duration.ofDays(366);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,190}\\.[^@\\s]{1,60}");
    private static final Pattern LABEL = Pattern.compile("[\\p{L}\\p{N} ._()#-]{1,64}");
    private static final int BCRYPT_COST = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AccountRules() {
    }

    static String name(String name) {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("name", "is required: the name the account signs in with");
        }
        String stripped = name.strip();
        if (!NAME.matcher(stripped).matches()) {
            throw new InvalidInputException("name", "may be 1 to 64 ASCII letters, digits and . _ @ -, starting with a letter or digit");
        }
        return stripped;
    }

    static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        if (!EMAIL.matcher(email.strip()).matches()) {
            throw new InvalidInputException("email", "must be an e-mail address such as ops@example.com");
        }
        return email.strip();
    }

    static String fullName(String fullName) {
        if (fullName == null || fullName.isBlank()) {
            return null;
        }
        if (fullName.strip().length() > 128 || fullName.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("fullName", "may be at most 128 characters, without control characters");
        }
        return fullName.strip();
    }

    static Role role(String field, String role) {
        return Role.parse(role).orElseThrow(() -> new InvalidInputException(field, "must be one of ADMIN, OPERATOR, VIEWER"));
    }

    /** At least 12 characters, at most 72 bytes, not the account's name, not one character repeated. */
    static String password(String field, String password, String accountName) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            throw new InvalidInputException(field, "must be at least " + MIN_PASSWORD + " characters long");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            throw new InvalidInputException(field, "may be at most " + MAX_PASSWORD_BYTES + " bytes in UTF-8 (bcrypt ignores the rest)");
        }
        if (accountName != null && password.toLowerCase(Locale.ROOT).contains(accountName.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException(field, "must not contain the account's name");
        }
        if (password.codePoints().distinct().count() == 1) {
            throw new InvalidInputException(field, "must not be one character repeated");
        }
        return password;
    }

    /** The sites an account is limited to, each once: an admin reaches every site, so it is limited to none. */
    static List<Long> siteIds(Role role, List<Long> siteIds) {
        if (siteIds.stream().anyMatch(java.util.Objects::isNull)) {
            throw new InvalidInputException("siteIds", "must hold site ids only, no nulls");
        }
        List<Long> distinct = siteIds.stream().distinct().sorted().toList();
        if (distinct.size() > MAX_SITES) {
            throw new InvalidInputException("siteIds", "may grant at most " + MAX_SITES + " sites; leave it empty for every site");
        }
        if (role == Role.ADMIN && !distinct.isEmpty()) {
            throw new InvalidInputException("siteIds", "must be empty for an ADMIN, who acts on every site; choose OPERATOR or VIEWER"
                    + " to limit an account to some sites");
        }
        return distinct;
    }

    static String preferenceKey(String key) {
        if (key == null || !key.matches("[a-z0-9][a-z0-9.-]{0,63}")) {
            throw new InvalidInputException("key", "must be 1 to 64 lower-case letters, digits, dots and dashes, such as devices.columns");
        }
        return key;
    }

    static String preferenceValue(String value) {
        if (value == null || value.length() > 4000) {
            throw new InvalidInputException("value", "is required and may be at most 4000 characters");
        }
        return value;
    }

    static String label(String label) {
        if (label == null || !LABEL.matcher(label.strip()).matches()) {
            throw new InvalidInputException("label", "is required: 1 to 64 letters, digits, spaces and . _ ( ) # - saying what the token is for");
        }
        return label.strip();
    }

    static Instant expiry(Instant expiresAt, Instant now) {
        if (expiresAt == null) {
            throw new InvalidInputException("expiresAt", "is required: when the token stops working, for example "
                    + now.plus(Duration.ofDays(90)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        }
        if (!expiresAt.isAfter(now) || expiresAt.isAfter(now.plus(LONGEST_TOKEN))) {
            throw new InvalidInputException("expiresAt", "must be in the future and at most " + LONGEST_TOKEN.toDays() + " days away");
        }
        return expiresAt;
    }

    /** bcrypt in the form Karaf's encryption (spring-security-crypto, hexadecimal) checks: {CRYPT}hex{CRYPT}. */
    static String hash(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        String bcrypt = OpenBSDBCrypt.generate("2a", password.toCharArray(), salt, BCRYPT_COST);
        return "{CRYPT}" + HexFormat.of().formatHex(bcrypt.getBytes(StandardCharsets.US_ASCII)) + "{CRYPT}";
    }

    static boolean matches(String password, String stored) {
        if (stored == null || !stored.startsWith("{CRYPT}") || !stored.endsWith("{CRYPT}") || stored.length() < 14) {
            return false;
        }
        try {
            String bcrypt = new String(HexFormat.of().parseHex(stored.substring(7, stored.length() - 7)), StandardCharsets.US_ASCII);
            return OpenBSDBCrypt.checkPassword(bcrypt, password.toCharArray());
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String secretHash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
