package org.dialtone.accounts.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.dialtone.api.InvalidInputException;
import org.junit.Test;

public class AccountRulesTest {
    @Test
    public void aPasswordNamesTheRuleItBreaks() {
        assertEquals("password", assertThrows(InvalidInputException.class, () -> AccountRules.password("password", "short", "alice")).field());
        assertTrue(assertThrows(InvalidInputException.class, () -> AccountRules.password("password", "alice-is-the-best", "Alice"))
                .rule().contains("name"));
        assertTrue(assertThrows(InvalidInputException.class, () -> AccountRules.password("password", "a".repeat(20), "bob")).rule().contains("repeated"));
        assertTrue("bcrypt would ignore the rest", assertThrows(InvalidInputException.class,
                () -> AccountRules.password("password", "ä".repeat(40), "bob")).rule().contains("72 bytes"));
        assertEquals("Correct-horse-battery", AccountRules.password("password", "Correct-horse-battery", "bob"));
    }

    @Test
    public void anAdminReachesEverySiteSoOnlyOperatorsAndViewersAreLimited() {
        assertEquals(java.util.List.of(2L, 7L), AccountRules.siteIds(org.dialtone.api.security.Role.OPERATOR, java.util.List.of(7L, 2L, 7L)));
        assertEquals("siteIds", assertThrows(InvalidInputException.class,
                () -> AccountRules.siteIds(org.dialtone.api.security.Role.ADMIN, java.util.List.of(7L))).field());
        assertEquals(java.util.List.of(), AccountRules.siteIds(org.dialtone.api.security.Role.ADMIN, java.util.List.of()));
        assertEquals("siteIds", assertThrows(InvalidInputException.class,
                () -> AccountRules.siteIds(org.dialtone.api.security.Role.VIEWER, java.util.Arrays.asList(1L, null))).field());
    }

    @Test
    public void aHashIsBcryptInTheFormKarafsRealmChecks() {
        String hash = AccountRules.hash("Correct-horse-battery");
        assertTrue(hash, hash.startsWith("{CRYPT}") && hash.endsWith("{CRYPT}"));
        String bcrypt = new String(java.util.HexFormat.of().parseHex(hash.substring(7, hash.length() - 7)), StandardCharsets.US_ASCII);
        assertTrue(bcrypt, bcrypt.startsWith("$2a$10$"));
        assertTrue(AccountRules.matches("Correct-horse-battery", hash));
        assertFalse(AccountRules.matches("correct-horse-battery", hash));
        assertFalse(AccountRules.matches("x", "plain"));
    }

    @Test
    public void namesAreWhatBasicAuthenticationCanCarry() {
        assertEquals("ops.team@example", AccountRules.name(" ops.team@example "));
        assertEquals("name", assertThrows(InvalidInputException.class, () -> AccountRules.name("a:b")).field());
        assertThrows(InvalidInputException.class, () -> AccountRules.name("-leading"));
    }

    @Test
    public void aTokenExpiresInTheFutureAndWithinAYear() {
        Instant now = Instant.parse("2026-12-02T10:00:00Z");
        assertEquals("expiresAt", assertThrows(InvalidInputException.class, () -> AccountRules.expiry(now.minusSeconds(1), now)).field());
        assertThrows(InvalidInputException.class, () -> AccountRules.expiry(now.plus(Duration.ofDays(400)), now));
        assertTrue(assertThrows(InvalidInputException.class, () -> AccountRules.expiry(null, now)).rule().contains("2027-03-02"));
        assertEquals(now.plusSeconds(60), AccountRules.expiry(now.plusSeconds(60), now));
    }

    @Test
    public void retiringTheFileKeepsItsEntriesButNotTheirPasswords() throws Exception {
        Path users = Files.createTempFile("users", ".properties");
        String first = AccountRules.hash("First-admin-password");
        Files.writeString(users, "# comment\n_g_\\:admingroup = group,admin,ssh\nadmin = " + first + ",_g_:admingroup\n", StandardCharsets.ISO_8859_1);
        InitialAccounts.retire(users);
        String retired = Files.readString(users, StandardCharsets.ISO_8859_1);
        assertTrue(retired, retired.contains("_g_\\:admingroup = group,admin,ssh"));
        assertTrue(retired, retired.contains(InitialAccounts.RETIRED + "\nadmin = {CRYPT}"));
        assertTrue("the group is kept: " + retired, retired.contains(",_g_:admingroup\n"));
        assertFalse(retired.contains(first));
        InitialAccounts.retire(users);
        assertEquals("retired once", retired, Files.readString(users, StandardCharsets.ISO_8859_1));
        Files.delete(users);
    }
}
