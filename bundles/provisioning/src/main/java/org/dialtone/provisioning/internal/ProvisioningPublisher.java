package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.store.ProvisioningSettingsRepository;
import org.dialtone.store.StoredProvisioningSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the phone-facing endpoint at {@code /prov} once; the services and drivers behind it come and go,
 * and requests that need a missing one get 503 meanwhile.
 */
@Component(immediate = true)
public class ProvisioningPublisher {
    static final String ADDRESS = "/prov";
    private static final long ACCOUNT_RECHECK_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningPublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceService devices;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeploymentService deployment;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProvisioningSettingsRepository settings;

    private final List<DeviceDriver> drivers = new CopyOnWriteArrayList<>();
    private final SecretCipher cipher;
    private final Server server;
    private volatile CachedAccount account;

    private record CachedAccount(DigestAuthenticator.Account account, long checkedAt) {
    }

    @Activate
    public ProvisioningPublisher(@Reference SecretCipher cipher) {
        this.cipher = cipher;
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(List.of(new ProvisioningResource(() -> devices, () -> deployment, () -> drivers)));
        factory.setProviders(List.of(new ProvisioningAuthFilter(this::account, new DigestAuthenticator(Clock.systemUTC()))));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(ProvisioningPublisher.class.getClassLoader());
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        LOG.info("Provisioning endpoint published at {}", ADDRESS);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDriver(DeviceDriver driver) {
        drivers.add(driver);
    }

    void removeDriver(DeviceDriver driver) {
        drivers.remove(driver);
    }

    /** The provisioning account as user and HA1, read again at most every two seconds; null when none is set. */
    private DigestAuthenticator.Account account() {
        CachedAccount cached = account;
        long now = System.currentTimeMillis();
        if (cached != null && now - cached.checkedAt() < ACCOUNT_RECHECK_MILLIS) {
            return cached.account();
        }
        DigestAuthenticator.Account loaded = null;
        ProvisioningSettingsRepository repository = settings;
        if (repository != null) {
            try {
                StoredProvisioningSettings stored = repository.load();
                if (stored.accountUser() != null && stored.accountSecret() != null) {
                    loaded = new DigestAuthenticator.Account(stored.accountUser(),
                            new String(cipher.open(stored.accountSecret()), StandardCharsets.US_ASCII));
                }
            } catch (RuntimeException e) {
                LOG.warn("The provisioning account could not be read, so devices are refused: {}", e.getMessage());
            }
        }
        account = new CachedAccount(loaded, now);
        return loaded;
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }
}
