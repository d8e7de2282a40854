package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalTime;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.store.ProvisioningSettingsRepository;
import org.dialtone.store.StoredProvisioningSettings;
import org.junit.Test;

public class SharedAccountTest {
    private static final SecretCipher PLAIN = new SecretCipher() {
        @Override
        public String seal(byte[] plaintext) {
            return new String(plaintext, StandardCharsets.US_ASCII);
        }

        @Override
        public byte[] open(String token) {
            return token.getBytes(StandardCharsets.US_ASCII);
        }
    };

    private final AtomicReference<StoredProvisioningSettings> stored = new AtomicReference<>(settings("phones", "ha1-one"));
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final ProvisioningSettingsRepository repository = new ProvisioningSettingsRepository() {
        @Override
        public StoredProvisioningSettings load() {
            if (failure.get() != null) {
                throw failure.get();
            }
            return stored.get();
        }

        @Override
        public StoredProvisioningSettings update(Long expectedVersion, UnaryOperator<StoredProvisioningSettings> change) {
            return stored.updateAndGet(change);
        }
    };
    private final AtomicReference<ProvisioningSettingsRepository> store = new AtomicReference<>(repository);
    private final AtomicLong changes = new AtomicLong();
    private final AtomicLong millis = new AtomicLong(1_000_000);
    private final SharedAccount account = new SharedAccount(store::get, changes::get, PLAIN, millis::get);

    private static StoredProvisioningSettings settings(String user, String secret) {
        return new StoredProvisioningSettings(null, null, null, LocalTime.of(1, 0), LocalTime.of(5, 0), user, secret,
                Instant.parse("2026-12-02T10:00:00Z"), "admin", 1);
    }

    @Test
    public void aChangeMadeOnThisNodeCountsAtOnceAndOneMadeElsewhereWithinTwoSeconds() {
        assertEquals("ha1-one", account.get().ha1());
        stored.set(settings("phones", "ha1-two"));
        assertEquals("ha1-one", account.get().ha1());
        changes.incrementAndGet();
        assertEquals("ha1-two", account.get().ha1());
        stored.set(settings("phones", "ha1-three"));
        millis.addAndGet(SharedAccount.RECHECK_MILLIS);
        assertEquals("ha1-three", account.get().ha1());
        stored.set(settings(null, null));
        millis.addAndGet(SharedAccount.RECHECK_MILLIS);
        assertNull("no account set", account.get());
    }

    @Test
    public void whileTheStoreIsAwayTheAccountReadLastStands() {
        assertEquals("ha1-one", account.get().ha1());
        store.set(null);
        changes.incrementAndGet();
        assertEquals("the store restarting does not turn phones away", "ha1-one", account.get().ha1());
        store.set(repository);
        failure.set(new IllegalStateException("database unreachable"));
        millis.addAndGet(SharedAccount.RECHECK_MILLIS);
        assertEquals("ha1-one", account.get().ha1());
        failure.set(null);
        stored.set(settings("phones", "ha1-two"));
        assertEquals("read again as soon as the store answers", "ha1-two", account.get().ha1());
    }

    @Test
    public void beforeAnyAccountWasReadPhonesAreAskedToComeBack() {
        store.set(null);
        assertThrows(SharedAccount.NotReady.class, account::get);
        store.set(repository);
        assertEquals("ha1-one", account.get().ha1());
    }
}
