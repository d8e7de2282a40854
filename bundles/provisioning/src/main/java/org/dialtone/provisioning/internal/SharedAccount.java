package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.store.ProvisioningSettingsRepository;
import org.dialtone.store.StoredProvisioningSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The provisioning account phones sign in with, read again at most every two seconds or at once after a change made
 * on this node; null when none is set. While the store cannot be read (restarting, database away) the account read
 * last stands, so phones are not told their credentials are wrong; before any was read, {@link NotReady}.
 */
final class SharedAccount implements Supplier<DigestAuthenticator.Account> {
    static final long RECHECK_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(SharedAccount.class);

    /** The account cannot be read yet: the phone is asked to come back rather than told its credentials are wrong. */
    static final class NotReady extends RuntimeException {
        NotReady(String message) {
            super(message, null, false, false);
        }
    }

    private record Read(DigestAuthenticator.Account account, long checkedAt, long changes) {
    }

    private final Supplier<ProvisioningSettingsRepository> store;
    private final LongSupplier localChanges;
    private final SecretCipher cipher;
    private final LongSupplier millis;
    private final LogThrottle notes = new LogThrottle(java.time.Duration.ofMinutes(1));
    private volatile Read last;

    SharedAccount(Supplier<ProvisioningSettingsRepository> store, LongSupplier localChanges, SecretCipher cipher, LongSupplier millis) {
        this.store = store;
        this.localChanges = localChanges;
        this.cipher = cipher;
        this.millis = millis;
    }

    @Override
    public DigestAuthenticator.Account get() {
        Read read = last;
        long now = millis.getAsLong();
        long changes = localChanges.getAsLong();
        if (read != null && now - read.checkedAt() < RECHECK_MILLIS && read.changes() == changes) {
            return read.account();
        }
        DigestAuthenticator.Account loaded;
        try {
            ProvisioningSettingsRepository repository = store.get();
            if (repository == null) {
                throw new IllegalStateException("the settings store is not running");
            }
            StoredProvisioningSettings stored = repository.load();
            loaded = stored.accountUser() == null || stored.accountSecret() == null ? null
                    : new DigestAuthenticator.Account(stored.accountUser(), new String(cipher.open(stored.accountSecret()), StandardCharsets.US_ASCII));
        } catch (RuntimeException e) {
            if (read == null) {
                throw new NotReady("the provisioning account could not be read: " + e.getMessage());
            }
            if (notes.shouldLog("unreadable")) {
                LOG.warn("The provisioning account could not be read ({}); devices are checked against the one read last", e.getMessage());
            }
            return read.account();
        }
        last = new Read(loaded, now, changes);
        return loaded;
    }
}
