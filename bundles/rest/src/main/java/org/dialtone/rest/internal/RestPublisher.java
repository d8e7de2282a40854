package org.dialtone.rest.internal;

import java.util.List;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the admin API under {@code /api/v1}, behind admin authentication, with every REST area that registers
 * itself (a resource component marked {@link RestArea#PROPERTY}). The services behind the areas come and go (a
 * database outage takes the settings service away): areas reach them through dynamic references and answer 503 with
 * the reason meanwhile, so the endpoint is not rebuilt for that.
 */
@Component(immediate = true, configurationPid = "org.dialtone.rest")
@Designate(ocd = RestPublisher.Config.class)
public class RestPublisher {
    @ObjectClassDefinition(name = "Dialtone admin REST API")
    public @interface Config {
        @AttributeDefinition(description = "Largest JSON request body accepted, in bytes")
        long maxBodyBytes() default 1024 * 1024;

        @AttributeDefinition(description = "Largest file upload (CSV, configuration file, XSD, ZIP) accepted, in bytes")
        long maxImportBytes() default 64L * 1024 * 1024;

        @AttributeDefinition(description = "Failed sign-ins in a row from one address before it waits (1 s, doubling with each further failure, at most 5 min)")
        int signInFailuresBeforeDelay() default 5;

        @AttributeDefinition(description = "Seconds a checked password is taken without checking it again (a change on another node takes effect within them)")
        int signInCacheSeconds() default 60;
    }

    /** CXF's servlet is mounted at {@code /api/v1} (etc/org.apache.cxf.osgi.cfg), so no other path reaches CXF. */
    static final String PATH = "/api/v1";
    private static final String ADDRESS = "/";
    private static final long SETTLE_MILLIS = 300;
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    private final java.util.Set<Object> areas = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.ScheduledExecutorService republisher =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dialtone-rest-publisher"));
    private Config config;
    private java.util.concurrent.ScheduledFuture<?> pending;
    private Server server;
    private boolean active;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.activity.ActivityLog activityLog;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.security.AccountService accounts;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.inventory.DeviceService devices;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.monitoring.Alerts alerts;

    /** Kept over republishing, so a bundle coming or going neither forgets failures nor costs every client a bcrypt check. */
    private CredentialCache credentials;
    private org.dialtone.api.security.SignInThrottle throttle;

    /**
     * The REST areas: every resource component marked with {@link RestArea#PROPERTY}. They keep their own services as
     * dynamic references and answer 503 while one is away, so they stay registered through a database outage and the
     * endpoint is only published again when an area itself comes or goes (a bundle with REST areas is installed).
     */
    @Reference(service = Object.class, target = RestArea.FILTER, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addArea(Object area) {
        areas.add(area);
        republishSoon();
    }

    void removeArea(Object area) {
        areas.remove(area);
        republishSoon();
    }

    @Activate
    synchronized void activate(Config config) {
        this.config = config;
        credentials = new CredentialCache(java.time.Duration.ofSeconds(Math.max(0, config.signInCacheSeconds())), 10_000);
        throttle = new org.dialtone.api.security.SignInThrottle(Math.max(1, config.signInFailuresBeforeDelay()), java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(5), true);
        active = true;
        publish();
        republisher.execute(RestPublisher::removeStaleSpools);
    }

    private static void removeStaleSpools() {
        try {
            java.nio.file.Path current = org.apache.cxf.helpers.FileUtils.getDefaultTempDir().toPath();
            int removed = SpoolCleaner.removeStale(current.getParent(), current);
            if (removed > 0) {
                LOG.info("Removed {} upload spool file(s) a stopped server left in {}", removed, current.getParent());
            }
        } catch (java.io.IOException | RuntimeException e) {
            LOG.warn("Upload spool files left by a stopped server could not be removed: {}", e.getMessage());
        }
    }

    private synchronized void republishSoon() {
        if (!active) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        // A bundle's areas arrive one by one: publish once they have.
        pending = republisher.schedule(this::publish, SETTLE_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    private synchronized void publish() {
        if (!active) {
            return;
        }
        if (server != null) {
            server.destroy();
            server = null;
        }
        if (areas.isEmpty()) {
            return;
        }
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(List.copyOf(areas));
        factory.setProviders(List.of(new JsonProvider(), new ProblemMapper(), new CrossSiteWriteFilter(), new AdminAuthenticationFilter(() -> accounts, () -> alerts, credentials, throttle),
                new RoleFilter(() -> devices), new BodySizeLimitFilter(config.maxBodyBytes(), config.maxImportBytes()), new ActivityRecorder(() -> activityLog)));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(RestPublisher.class.getClassLoader());
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        LOG.info("Admin REST API published at {} with {} areas", PATH, areas.size());
    }

    @Deactivate
    synchronized void deactivate() {
        active = false;
        republisher.shutdownNow();
        if (server != null) {
            server.destroy();
        }
    }
}
