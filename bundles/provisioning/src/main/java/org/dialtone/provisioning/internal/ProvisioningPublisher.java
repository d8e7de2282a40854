package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
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
@Component(immediate = true, configurationPid = {"org.dialtone.provisioning.endpoint", "org.dialtone.tls"})
public class ProvisioningPublisher {
    @org.osgi.service.metatype.annotations.ObjectClassDefinition(name = "Dialtone provisioning endpoint")
    public @interface Config {
        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "Addresses of relays and load balancers whose"
                + " X-Forwarded-For header is believed")
        String[] trustedProxies() default {};

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "Accept device factory certificates past their end date (old units)")
        boolean acceptExpiredDeviceCertificates() default false;

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "Refuse devices that present no valid factory certificate")
        boolean requireDeviceCertificate() default false;

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "Uploads (logs, overrides) received at once; more get 503 with Retry-After")
        int concurrentUploads() default 32;

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "Give each device its own provisioning account"
                + " through its configuration after its first contact (UC Software families); set the same on every node")
        boolean deviceAccounts() default false;

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "The shared provisioning account admits devices"
                + " (those signed in with their own account excepted); false: only devices' own accounts and certificates do")
        boolean sharedAccount() default true;

        @org.osgi.service.metatype.annotations.AttributeDefinition(description = "Wrong device credentials from one address before"
                + " sign-ins from there by names not seen there wait (1 s, doubling to 5 min); phones that signed in from there are not held")
        int signInFailuresBeforeDelay() default 10;
    }

    static final String ADDRESS = "/prov";
    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningPublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceService devices;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeploymentService deployment;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProvisioningSettingsRepository settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.files.ResourceContent resources;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.software.SoftwareImageService software;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.inventory.SiteService sites;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.provisioning.ProvisioningSettingsService provisioningSettings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.provisioning.DeviceAccounts deviceAccounts;

    private final SecretCipher cipher;
    private final org.osgi.service.http.HttpService http;

    /** The listeners beside the main port find the endpoint's servlet as a service with this property. */
    static final String SERVLET_PROPERTY = "dialtone.servlet";
    private final NegotiatedTls negotiated = new NegotiatedTls(Clock.systemUTC());
    private final org.osgi.framework.ServiceRegistration<org.dialtone.api.tls.TlsEvidence> evidenceService;
    private org.osgi.framework.ServiceRegistration<javax.servlet.Servlet> servletService;
    private org.osgi.framework.ServiceRegistration<javax.servlet.Servlet> bootstrapService;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.monitoring.Alerts alerts;
    private final ProvisioningMetrics metrics = new ProvisioningMetrics();
    private org.osgi.framework.ServiceRegistration<org.dialtone.api.system.MetricSource> metricsService;
    private final SharedAccount account;
    private final DownloadPaths downloadPaths = new DownloadPaths(() -> sites, () -> provisioningSettings);

    @Activate
    public ProvisioningPublisher(@Reference SecretCipher cipher, @Reference org.osgi.service.http.HttpService http,
                                 @Reference org.dialtone.drivers.DriverRegistry drivers, @Reference org.dialtone.files.DeviceFileStore files,
                                 Config config, org.osgi.framework.BundleContext context) {
        this.cipher = cipher;
        this.account = new SharedAccount(() -> settings, () -> {
            org.dialtone.api.provisioning.ProvisioningSettingsService written = provisioningSettings;
            return written == null ? 0 : written.localChanges();
        }, cipher, System::currentTimeMillis);
        List<String> proxies = List.of(config.trustedProxies());
        evidenceService = context.registerService(org.dialtone.api.tls.TlsEvidence.class, negotiated, null);
        ProvisioningResource endpoint = new ProvisioningResource(() -> devices, () -> deployment, drivers, files,
                this::secrets, () -> proxies, () -> resources, () -> software, downloadPaths,
                () -> deviceAccounts, config::deviceAccounts);
        this.http = http;
        try {
            DeviceCertificates deviceCertificates = new DeviceCertificates(java.nio.file.Path.of(System.getProperty("karaf.etc", "etc"),
                    "dialtone-device-trust.pem"), Clock.systemUTC(), config.acceptExpiredDeviceCertificates());
            DigestAuthenticator digest = new DigestAuthenticator(Clock.systemUTC());
            javax.servlet.Servlet servlet = new ProvisioningServlet(endpoint, account, digest, negotiated,
                    deviceCertificates, config.requireDeviceCertificate(), config.concurrentUploads(), () -> deviceAccounts, config.sharedAccount(),
                    metrics, address -> {
                        org.dialtone.api.monitoring.Alerts current = alerts;
                        if (current != null) {
                            current.provisioningRefused(address);
                        }
                    }, new DeviceSignIns(Math.max(1, config.signInFailuresBeforeDelay()), java.time.Duration.ofSeconds(1),
                            java.time.Duration.ofMinutes(5), java.time.Duration.ofDays(8)));
            metricsService = context.registerService(org.dialtone.api.system.MetricSource.class, metrics, null);
            http.registerServlet(ADDRESS, servlet, null, null);
            java.util.Hashtable<String, Object> name = new java.util.Hashtable<>(java.util.Map.of(SERVLET_PROPERTY, "provisioning"));
            servletService = context.registerService(javax.servlet.Servlet.class, servlet, name);
            TrustBootstrapServlet bootstrap = new TrustBootstrapServlet(account, digest, this::bootstrapTarget);
            bootstrapService = context.registerService(javax.servlet.Servlet.class, bootstrap,
                    new java.util.Hashtable<>(java.util.Map.of(SERVLET_PROPERTY, "trust-bootstrap")));
        } catch (javax.servlet.ServletException | org.osgi.service.http.NamespaceException e) {
            evidenceService.unregister();
            throw new IllegalStateException("The provisioning endpoint could not be registered at " + ADDRESS + ": " + e.getMessage(), e);
        }
        LOG.info("Provisioning endpoint published at {}", ADDRESS);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.store.InstallationSecretRepository installationSecrets;
    private volatile java.util.Map<String, String> secrets;

    /**
     * The variables Dialtone's own profiles use for secrets, such as {@code device_admin_password}: generated once
     * per installation, sealed in the database, never logged.
     */
    private java.util.Map<String, String> secrets() {
        java.util.Map<String, String> known = installationSecrets();
        String address = downloadPaths.provisioningAddress();
        if (known.isEmpty() || address == null) {
            return known;
        }
        // Rendered into every configuration file: worked out again only when the provisioning address changes.
        Variables cached = variables;
        if (cached != null && cached.address().equals(address)) {
            return cached.values();
        }
        java.util.Map<String, String> all = new java.util.HashMap<>(known);
        all.put(org.dialtone.api.monitoring.DeviceEvents.URL_VARIABLE,
                org.dialtone.api.monitoring.DeviceEvents.url(address, known.get(org.dialtone.api.monitoring.DeviceEvents.TOKEN_SECRET)));
        all.remove(org.dialtone.api.monitoring.DeviceEvents.TOKEN_SECRET);
        java.util.Map<String, String> values = java.util.Map.copyOf(all);
        variables = new Variables(address, values);
        return values;
    }

    private record Variables(String address, java.util.Map<String, String> values) {
    }

    private volatile Variables variables;

    private java.util.Map<String, String> installationSecrets() {
        java.util.Map<String, String> known = secrets;
        if (known != null) {
            return known;
        }
        org.dialtone.store.InstallationSecretRepository repository = installationSecrets;
        if (repository == null) {
            return java.util.Map.of();
        }
        String sealed;
        try {
            sealed = repository.getOrCreate("device_admin_password", () -> cipher.seal(DevicePasswords.generate().getBytes(StandardCharsets.UTF_8)));
        } catch (RuntimeException e) {
            LOG.warn("The installation's device secret could not be read: {}", e.getMessage());
            throw new IllegalStateException("the installation's device secret is unavailable: " + e.getMessage(), e);
        }
        String events = repository.getOrCreate(org.dialtone.api.monitoring.DeviceEvents.TOKEN_SECRET,
                () -> cipher.seal(org.dialtone.api.security.Tokens.newToken().getBytes(StandardCharsets.UTF_8)));
        known = java.util.Map.of("device_admin_password", new String(cipher.open(sealed), StandardCharsets.UTF_8),
                org.dialtone.api.monitoring.DeviceEvents.TOKEN_SECRET, new String(cipher.open(events), StandardCharsets.UTF_8));
        secrets = known;
        return known;
    }

    /** Read once per change of the files, not per bootstrap request. */
    private final org.dialtone.bootstrap.tls.ServerKeystore keystore = org.dialtone.bootstrap.tls.ServerKeystore.ofKaraf();

    /** The CA phones are told to trust (the installation's, or the top of an installed chain) and the HTTPS address. */
    private TrustBootstrapServlet.Target bootstrapTarget() {
        org.dialtone.api.provisioning.ProvisioningSettingsService current = provisioningSettings;
        if (current == null) {
            throw new IllegalStateException("the provisioning settings are not available yet");
        }
        org.dialtone.bootstrap.tls.CertificateIssuer.Issued installed = keystore.entries().get(org.dialtone.bootstrap.tls.ServerKeystore.INSTALLED);
        java.security.cert.X509Certificate authority = installed != null ? installed.chain()[installed.chain().length - 1]
                : keystore.authority().orElseThrow(() -> new IllegalStateException("the installation has no CA")).certificate();
        return new TrustBootstrapServlet.Target(authority, current.get().provisioningAddress());
    }

    @Deactivate
    void deactivate() {
        if (servletService != null) {
            servletService.unregister();
            bootstrapService.unregister();
        }
        if (metricsService != null) {
            metricsService.unregister();
        }
        evidenceService.unregister();
        http.unregister(ADDRESS);
    }
}
