package org.dialtone.settings.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.function.UnaryOperator;
import org.dialtone.api.provisioning.DigestCredentials;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.provisioning.ProvisioningSettings;
import org.dialtone.api.provisioning.ProvisioningSettingsUpdate;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.store.ProvisioningSettingsRepository;
import org.dialtone.store.StoredProvisioningSettings;
import org.junit.Test;

public class ProvisioningSettingsServiceImplTest {
    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");

    private final InMemoryRepository repository = new InMemoryRepository();
    private final ReversingCipher cipher = new ReversingCipher();
    private final ProvisioningSettingsServiceImpl service = new ProvisioningSettingsServiceImpl(
            repository, cipher, Clock.fixed(NOW, ZoneOffset.UTC), 8443, "dialtone.local");

    @Test
    public void freshSettingsHaveTheGuidesPollingWindowAndNoAccount() {
        ProvisioningSettings settings = service.get();
        assertEquals(LocalTime.of(3, 0), settings.pollingWindowStart());
        assertEquals(LocalTime.of(5, 0), settings.pollingWindowEnd());
        assertFalse(settings.accountConfigured());
        assertEquals("https://dialtone.local:8443/prov", settings.provisioningAddress());
    }

    @Test
    public void accountIsStoredAsSealedDigestHa1NotAsThePassword() {
        ProvisioningSettings settings = service.update(update("PlcmSpIp", "S3cure-pass", null, null), "admin");

        assertTrue(settings.accountConfigured());
        assertEquals("PlcmSpIp", settings.accountUser());
        String sealed = repository.current.accountSecret();
        assertFalse(sealed.contains("S3cure-pass"));
        assertEquals(DigestCredentials.ha1("PlcmSpIp", "S3cure-pass"),
                new String(cipher.open(sealed), StandardCharsets.US_ASCII));
        assertEquals("admin", settings.modifiedBy());
        assertEquals(NOW, settings.modifiedAt());
    }

    @Test
    public void userWithoutPasswordIsRefusedNamingTheMissingField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.update(update("PlcmSpIp", null, null, null), "admin"));
        assertEquals("accountPassword", e.field());
        assertNull("nothing is stored", repository.current.accountUser());
    }

    @Test
    public void theAccountNameTakesTheGuidesCharactersOnly() {
        assertEquals("prov_phones-(2)", service.update(update("prov_phones-(2)", "S3cure-pass", null, null), "admin").accountUser());
        for (String bad : new String[] {"prov phones", "prov:phones", "prov@phones", "provphones!"}) {
            InvalidInputException e = assertThrows(bad, InvalidInputException.class, () -> service.update(update(bad, "S3cure-pass", null, null), "admin"));
            assertEquals("accountUser", e.field());
        }
    }

    @Test
    public void shortPasswordIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> service.update(update("PlcmSpIp", "short", null, null), "admin"));
        assertEquals("accountPassword", e.field());
    }

    @Test
    public void hostNameFollowingTheGuideBecomesTheProvisioningAddress() {
        ProvisioningSettings settings = service.update(update(null, null, "prov-east.example.com", null), "admin");
        assertEquals("https://prov-east.example.com:8443/prov", settings.provisioningAddress());
        assertEquals("without an account the DHCP string is the bare address", "https://prov-east.example.com:8443/prov",
                settings.dhcpOptionValue());
        ProvisioningSettings withAccount = service.update(update("phones", "Long-enough-1", null, null), "admin");
        assertEquals("https://phones:<password>@prov-east.example.com:8443/prov", withAccount.dhcpOptionValue());
        ProvisioningSettings factoryAccount = service.update(update("PlcmSpIp", "Long-enough-2", null, null), "admin");
        assertEquals("the phones' own default account is not spelled out", "https://prov-east.example.com:8443/prov",
                factoryAccount.dhcpOptionValue());
    }

    @Test
    public void hostNamesBreakingTheGuidesRulesAreRefusedWithTheRule() {
        for (String bad : new String[] {"t1234", "www", "ops-phones", "service1", "console", "-abc", "abc_", "a",
                "abcdefghijklmnopqrstuvwxyz0123456", "Prov", "pro v", "prov.-bad.com"}) {
            InvalidInputException e = assertThrows(bad, InvalidInputException.class,
                    () -> service.update(update(null, null, bad, null), "admin"));
            assertEquals("hostName", e.field());
        }
        assertEquals(1, repository.current.version());
    }

    @Test
    public void hostNamesTheGuideAllowsAreAccepted() {
        for (String good : new String[] {"ab", "tango", "t-1", "my_phones-2", "wwww", "prov.example.com", "10.0.0.5"}) {
            service.update(update(null, null, good, null), "admin");
            assertEquals(good, repository.current.hostName());
        }
    }

    @Test
    public void downloadPathMustBeAnAbsoluteUrlAndEmptyClearsIt() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.update(
                new ProvisioningSettingsUpdate(null, "relay.example.com/images", null, null, null, null, null, null), "admin"));
        assertEquals("downloadPathInside", e.field());

        service.update(new ProvisioningSettingsUpdate(null, "https://relay.example.com/", null, null, null, null, null, null), "admin");
        assertEquals("https://relay.example.com/", repository.current.downloadPathInside());
        service.update(new ProvisioningSettingsUpdate(null, "", null, null, null, null, null, null), "admin");
        assertNull(repository.current.downloadPathInside());
    }

    @Test
    public void pollingWindowMayCrossMidnightButNotBeEmpty() {
        service.update(new ProvisioningSettingsUpdate(null, null, null, LocalTime.of(23, 0), LocalTime.of(1, 0), null, null, null), "admin");
        assertEquals(LocalTime.of(23, 0), repository.current.pollingWindowStart());

        InvalidInputException e = assertThrows(InvalidInputException.class, () -> service.update(
                new ProvisioningSettingsUpdate(null, null, null, LocalTime.of(1, 0), null, null, null, null), "admin"));
        assertEquals("pollingWindowEnd", e.field());
    }

    @Test
    public void outdatedVersionIsAConflict() {
        service.update(update(null, null, "prov", null), "admin");
        assertThrows(ConflictException.class, () -> service.update(update(null, null, "other", 1L), "admin"));
        assertEquals("prov", repository.current.hostName());
    }

    private static ProvisioningSettingsUpdate update(String user, String password, String host, Long version) {
        return new ProvisioningSettingsUpdate(host, null, null, null, null, user, password, version);
    }

    private static final class InMemoryRepository implements ProvisioningSettingsRepository {
        StoredProvisioningSettings current = new StoredProvisioningSettings(null, null, null, LocalTime.of(3, 0),
                LocalTime.of(5, 0), null, null, Instant.EPOCH, "system", 1);

        @Override
        public StoredProvisioningSettings load() {
            return current;
        }

        @Override
        public StoredProvisioningSettings update(Long expectedVersion, UnaryOperator<StoredProvisioningSettings> change) {
            if (expectedVersion != null && expectedVersion != current.version()) {
                throw new ConflictException("outdated");
            }
            StoredProvisioningSettings next = change.apply(current);
            current = new StoredProvisioningSettings(next.hostName(), next.downloadPathInside(), next.downloadPathOutside(),
                    next.pollingWindowStart(), next.pollingWindowEnd(), next.accountUser(), next.accountSecret(),
                    next.modifiedAt(), next.modifiedBy(), current.version() + 1);
            return current;
        }
    }

    private static final class ReversingCipher implements SecretCipher {
        @Override
        public String seal(byte[] plaintext) {
            return "sealed:" + new StringBuilder(new String(plaintext, StandardCharsets.ISO_8859_1)).reverse();
        }

        @Override
        public byte[] open(String token) {
            return new StringBuilder(token.substring(7)).reverse().toString().getBytes(StandardCharsets.ISO_8859_1);
        }
    }
}
