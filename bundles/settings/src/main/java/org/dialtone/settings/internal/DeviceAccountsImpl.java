package org.dialtone.settings.internal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.DeviceIdentity;
import org.dialtone.api.provisioning.DeviceAccounts;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.store.DeviceAccountRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Passwords generated here, sealed in the database; the accounts phones sign in with are kept a minute in memory. */
@Component(service = DeviceAccounts.class)
public class DeviceAccountsImpl implements DeviceAccounts {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceAccountsImpl.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final int PASSWORD_LENGTH = 24;
    private static final long KEEP_MILLIS = 60_000;
    private static final int KEPT_MAX = 100_000;

    private final DeviceAccountRepository repository;
    private final SecretCipher cipher;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, Kept> kept = new ConcurrentHashMap<>();

    private record Kept(Optional<DeviceAccount> account, long at) {
    }

    @Activate
    public DeviceAccountsImpl(@Reference DeviceAccountRepository repository, @Reference SecretCipher cipher) {
        this.repository = repository;
        this.cipher = cipher;
    }

    @Override
    public DeviceAccount issue(long deviceId, DeviceIdentity identity) {
        // Asked at every configuration a device fetches: the kept account answers, the database is written once.
        Optional<DeviceAccount> known = find(DeviceAccounts.userOf(identity));
        if (known.isPresent() && known.get().deviceId() == deviceId) {
            return known.get();
        }
        DeviceAccountRepository.DeviceAccount stored = repository.issue(deviceId, cipher.seal(newPassword().getBytes(StandardCharsets.UTF_8)))
                .orElseThrow(() -> new NotFoundException("There is no device with id " + deviceId));
        kept.remove(DeviceAccounts.userOf(identity));
        return open(stored, identity);
    }

    @Override
    public Optional<DeviceAccount> find(String user) {
        if (user == null || !user.startsWith(USER_PREFIX)) {
            return Optional.empty();
        }
        long now = System.currentTimeMillis();
        Kept known = kept.get(user);
        if (known != null && now - known.at() < KEEP_MILLIS) {
            return known.account();
        }
        String owner = user.substring(USER_PREFIX.length());
        boolean serial = owner.startsWith(DeviceIdentity.SERIAL_OWNER_PREFIX);
        String value = serial ? owner.substring(DeviceIdentity.SERIAL_OWNER_PREFIX.length()) : owner;
        DeviceIdentity identity = DeviceIdentity.of(serial ? null : value, serial ? value : null, serial);
        Optional<DeviceAccount> account = repository.find(identity.mac(), identity.serialNumber()).map(stored -> open(stored, identity));
        if (kept.size() > KEPT_MAX) {
            kept.clear();
        }
        kept.put(user, new Kept(account, now));
        return account;
    }

    @Override
    public void used(DeviceAccount account) {
        if (!account.used()) {
            repository.markUsed(account.deviceId());
            kept.remove(account.user());
            LOG.info("{} signed in with its own provisioning account for the first time; the shared account no longer admits it",
                    account.identity().describe());
        }
    }

    @Override
    public void reset(long deviceId, DeviceIdentity identity, String actor) {
        if (!repository.clear(deviceId)) {
            throw new NotFoundException(identity.describe() + " has no provisioning account of its own");
        }
        kept.remove(DeviceAccounts.userOf(identity));
        LOG.info("The provisioning account of {} was reset by {}: the shared account admits it again", identity.describe(), actor);
    }

    private DeviceAccount open(DeviceAccountRepository.DeviceAccount stored, DeviceIdentity identity) {
        String password = new String(cipher.open(stored.sealedPassword()), StandardCharsets.UTF_8);
        return new DeviceAccount(stored.deviceId(), identity, DeviceAccounts.userOf(identity), password, stored.usedAt() != null);
    }

    private String newPassword() {
        StringBuilder password = new StringBuilder(PASSWORD_LENGTH);
        for (int i = 0; i < PASSWORD_LENGTH; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
