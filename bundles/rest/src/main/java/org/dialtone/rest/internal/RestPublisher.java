package org.dialtone.rest.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.osgi.framework.ServiceReference;
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

/** Publishes every {@link RestResource} under {@code /api/v1} on the CXF servlet, behind admin authentication. */
@Component(immediate = true, configurationPid = "org.dialtone.rest")
@Designate(ocd = RestPublisher.Config.class)
public class RestPublisher {
    @ObjectClassDefinition(name = "Dialtone admin REST API")
    public @interface Config {
        @AttributeDefinition(description = "Largest JSON request body accepted, in bytes")
        long maxBodyBytes() default 1024 * 1024;
    }

    static final String ADDRESS = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    private final Map<ServiceReference<RestResource>, RestResource> resources =
            new ConcurrentSkipListMap<>(Comparator.naturalOrder());
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dialtone-rest-publisher");
        t.setDaemon(true);
        return t;
    });
    private final long maxBodyBytes;
    private ScheduledFuture<?> pending;
    private Server server;

    @Activate
    public RestPublisher(Config config) {
        this.maxBodyBytes = config.maxBodyBytes();
        republish();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindResource(RestResource resource, ServiceReference<RestResource> ref) {
        resources.put(ref, resource);
        republish();
    }

    void unbindResource(RestResource resource, ServiceReference<RestResource> ref) {
        resources.remove(ref);
        republish();
    }

    /** Resources arrive one by one at start-up; publish once they settle. */
    private synchronized void republish() {
        if (executor.isShutdown()) {
            return;
        }
        if (pending != null) {
            pending.cancel(false);
        }
        pending = executor.schedule(this::publish, 100, TimeUnit.MILLISECONDS);
    }

    private synchronized void publish() {
        stop();
        if (resources.isEmpty()) {
            return;
        }
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(new ArrayList<>(resources.values()));
        factory.setProviders(List.of(new JsonProvider(), new ProblemMapper(), new AdminAuthenticationFilter(),
                new AdminRoleFilter(), new BodySizeLimitFilter(maxBodyBytes)));
        // Without this CXF treats unmapped reader failures as its own 400 without our problem body.
        factory.getProperties(true).put("map.cxf.client.exceptions", true);
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(RestPublisher.class.getClassLoader());
            server = factory.create();
            LOG.info("Admin REST API published at {} with {} resources", ADDRESS, resources.size());
        } catch (RuntimeException e) {
            LOG.error("Could not publish the admin REST API at {}", ADDRESS, e);
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
    }

    private void stop() {
        if (server != null) {
            server.destroy();
            server = null;
        }
    }

    @Deactivate
    synchronized void deactivate() {
        executor.shutdownNow();
        stop();
    }
}
