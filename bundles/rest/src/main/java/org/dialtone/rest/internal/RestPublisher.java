package org.dialtone.rest.internal;

import java.util.List;
import org.apache.cxf.endpoint.Server;
import org.apache.cxf.jaxrs.JAXRSServerFactoryBean;
import org.dialtone.api.files.DeviceFileService;
import org.dialtone.api.files.ResourceFileService;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.ImportLogService;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.DirectoryService;
import org.dialtone.api.profiles.ProfileService;
import org.dialtone.api.profiles.SchemaService;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.dialtone.api.system.SystemHealthService;
import org.dialtone.rest.internal.resources.DeploymentResource;
import org.dialtone.rest.internal.resources.DeviceFileResource;
import org.dialtone.rest.internal.resources.DeviceGroupResource;
import org.dialtone.rest.internal.resources.DirectoryResource;
import org.dialtone.rest.internal.resources.DeviceResource;
import org.dialtone.rest.internal.resources.EffectiveConfigResource;
import org.dialtone.rest.internal.resources.ImportResource;
import org.dialtone.rest.internal.resources.OpenApiResource;
import org.dialtone.rest.internal.resources.ProfileResource;
import org.dialtone.rest.internal.resources.ProvisioningSettingsResource;
import org.dialtone.rest.internal.resources.ResourceFileResource;
import org.dialtone.rest.internal.resources.SchemaResource;
import org.dialtone.rest.internal.resources.SharedFileResource;
import org.dialtone.rest.internal.resources.SiteResource;
import org.dialtone.rest.internal.resources.SystemResource;
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
 * Publishes the admin API under {@code /api/v1} once, behind admin authentication. The services behind it
 * come and go (a database outage takes the settings service away): resources reach them through dynamic
 * references and answer 503 with the reason meanwhile, so the endpoint itself never has to be rebuilt.
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
    }

    static final String ADDRESS = "/api/v1";
    private static final Logger LOG = LoggerFactory.getLogger(RestPublisher.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProvisioningSettingsService settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SiteService sites;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceService devices;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceGroupService groups;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ImportLogService importLogs;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProfileService profiles;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeploymentService deployment;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchemaService schema;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DirectoryService directory;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceFileService deviceFiles;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ResourceFileService resourceFiles;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.software.SoftwareImageService softwareImages;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.tls.ServerCertificateService certificates;

    private final Server server;

    @Activate
    public RestPublisher(@Reference SystemHealthService health, Config config) {
        List<Object> resources = List.of(
                new SystemResource(health),
                new ProvisioningSettingsResource(() -> settings),
                new SiteResource(() -> sites),
                new DeviceResource(() -> devices),
                new DeviceGroupResource(() -> groups),
                new ImportResource(() -> importLogs),
                new ProfileResource(() -> profiles),
                new DeploymentResource(() -> deployment),
                new EffectiveConfigResource(() -> deployment),
                new SchemaResource(() -> schema),
                new DirectoryResource(() -> directory),
                new DeviceFileResource(() -> deviceFiles, () -> devices),
                new SharedFileResource(() -> deviceFiles),
                new ResourceFileResource(() -> resourceFiles),
                new org.dialtone.rest.internal.resources.SoftwareImageResource(() -> softwareImages),
                new org.dialtone.rest.internal.resources.SoftwareLicenseResource(() -> softwareImages),
                new org.dialtone.rest.internal.resources.SoftwareStatusResource(() -> softwareImages),
                new org.dialtone.rest.internal.resources.TlsResource(() -> certificates),
                new OpenApiResource());
        JAXRSServerFactoryBean factory = new JAXRSServerFactoryBean();
        factory.setAddress(ADDRESS);
        factory.setServiceBeans(resources);
        factory.setProviders(List.of(new JsonProvider(), new ProblemMapper(), new AdminAuthenticationFilter(),
                new AdminRoleFilter(), new BodySizeLimitFilter(config.maxBodyBytes(), config.maxImportBytes())));
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(RestPublisher.class.getClassLoader());
            server = factory.create();
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
        }
        LOG.info("Admin REST API published at {}", ADDRESS);
    }

    @Deactivate
    void deactivate() {
        server.destroy();
    }
}
