package org.dialtone.accounts.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.api.ConflictException;
import org.dialtone.api.security.Role;
import org.dialtone.store.AccountRepository;
import org.dialtone.store.AccountRepository.AccountWrite;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The move from etc/users.properties to the database. The first node to start an installation copies the admins it
 * finds there (the first-start admin Dialtone wrote, any added since) with their hashes; then each node retires its
 * file's entries, so that a password changed in Dialtone is not still good in the file while Dialtone's realm is away.
 */
final class InitialAccounts {
    static final String RETIRED = "# retired by Dialtone: this account signs in with its entry in Dialtone's database";
    private static final Logger LOG = LoggerFactory.getLogger(InitialAccounts.class);
    private static final Pattern ENTRY = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]\\s*(.*)$");

    private InitialAccounts() {
    }

    static Path usersProperties() {
        return Path.of(System.getProperty("karaf.etc", "etc"), "users.properties");
    }

    static Path initialPasswordFile() {
        return Path.of(System.getProperty("karaf.data", "data"), "dialtone", "initial-admin-password");
    }

    static void seed(AccountRepository accounts, Path usersProperties, Path initialPasswordFile) {
        try {
            if (!Files.exists(usersProperties)) {
                return;
            }
            if (accounts.count() == 0) {
                copy(accounts, usersProperties);
            } else {
                forgetOwnFirstPassword(accounts, initialPasswordFile);
            }
            retire(usersProperties);
        } catch (IOException | RuntimeException e) {
            LOG.warn("The admins of {} could not be moved to the database: {}", usersProperties, e.toString());
        }
    }

    private static void copy(AccountRepository accounts, Path usersProperties) throws IOException {
        Properties users = new Properties();
        try (Reader in = Files.newBufferedReader(usersProperties, StandardCharsets.ISO_8859_1)) {
            users.load(in);
        }
        List<String> adminGroups = users.stringPropertyNames().stream().filter(k -> k.startsWith("_g_:"))
                .filter(k -> values(users.getProperty(k)).contains("admin")).toList();
        for (String name : users.stringPropertyNames()) {
            List<String> values = values(users.getProperty(name));
            if (name.startsWith("_g_:") || values.isEmpty()) {
                continue;
            }
            List<String> roles = values.subList(1, values.size());
            if (!roles.contains("admin") && roles.stream().noneMatch(adminGroups::contains)) {
                LOG.info("{} of {} is not an admin there; add it in Dialtone with the role it should have", name, usersProperties);
                continue;
            }
            String password = values.get(0);
            String hash = password.startsWith("{CRYPT}") ? password : AccountRules.hash(password);
            try {
                accounts.create(new AccountWrite(AccountRules.name(name), null, null, Role.ADMIN, true, hash, java.util.List.of()), "dialtone");
                LOG.info("Admin account {} moved from {} to the database", name, usersProperties);
            } catch (ConflictException e) {
                LOG.info("Admin account {} is in the database already (another node moved it)", name);
            } catch (RuntimeException e) {
                LOG.warn("{} of {} could not become an account: {}", name, usersProperties, e.getMessage());
            }
        }
    }

    /** A node joining an installation made a first password of its own at its first start: the installation's admin is the one that counts. */
    private static void forgetOwnFirstPassword(AccountRepository accounts, Path initialPasswordFile) throws IOException {
        if (!Files.exists(initialPasswordFile)) {
            return;
        }
        String password = Files.readString(initialPasswordFile, StandardCharsets.UTF_8).strip();
        String stored = accounts.passwordHash("admin").orElse(null);
        if (stored == null || !AccountRules.matches(password, stored)) {
            Files.delete(initialPasswordFile);
            LOG.info("This node joined an installation whose accounts are in the database: its own first admin password ({}) was removed;"
                    + " sign in with the installation's accounts", initialPasswordFile);
        }
    }

    /** Each entry's password becomes one nobody knows, under a comment saying why; groups stay for Karaf's own use. */
    static void retire(Path usersProperties) throws IOException {
        List<String> lines = Files.readAllLines(usersProperties, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String line : lines) {
            Matcher entry = ENTRY.matcher(line);
            if (entry.matches() && !entry.group(1).startsWith("_g_") && (out.isEmpty() || !out.get(out.size() - 1).equals(RETIRED))) {
                List<String> values = values(entry.group(2));
                String roles = values.size() > 1 ? "," + String.join(",", values.subList(1, values.size())) : "";
                out.add(RETIRED);
                out.add(entry.group(1) + " = " + AccountRules.hash(org.dialtone.api.security.Tokens.newToken()) + roles);
                changed = true;
            } else {
                out.add(line);
            }
        }
        if (changed) {
            Files.write(usersProperties, (String.join("\n", out) + "\n").getBytes(StandardCharsets.ISO_8859_1));
        }
    }

    private static List<String> values(String value) {
        return value == null || value.isBlank() ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
    }
}
