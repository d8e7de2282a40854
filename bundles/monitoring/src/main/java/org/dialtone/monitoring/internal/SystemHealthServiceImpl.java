package org.dialtone.monitoring.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.api.system.DatabaseHealth;
import org.dialtone.api.system.DriverInfo;
import org.dialtone.api.system.SystemHealth;
import org.dialtone.api.system.SystemHealthService;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.store.DatabaseProbe;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Answers even when the database or every driver is missing: that is when admins need it most. */
@Component(service = SystemHealthService.class)
public class SystemHealthServiceImpl implements SystemHealthService {
    private static final DatabaseHealth NO_DATA_SOURCE = new DatabaseHealth("unknown", DatabaseHealth.DOWN, 0,
            "no data source 'dialtone' is registered; check etc/org.ops4j.datasource-dialtone.cfg and the karaf.log");

    private final String version;
    private final Map<ServiceReference<DeviceDriver>, DriverInfo> drivers = new ConcurrentHashMap<>();
    private volatile DatabaseProbe database;

    @Activate
    public SystemHealthServiceImpl(BundleContext context) {
        String header = context.getBundle().getHeaders().get("Dialtone-Version");
        this.version = header != null ? header : context.getBundle().getVersion().toString();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDatabase(DatabaseProbe probe) {
        database = probe;
    }

    void unbindDatabase(DatabaseProbe probe) {
        if (database == probe) {
            database = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDriver(DeviceDriver driver, ServiceReference<DeviceDriver> ref) {
        drivers.put(ref, new DriverInfo(driver.family(), driver.displayName(),
                ref.getBundle() != null ? ref.getBundle().getVersion().toString() : "", driver.models().size()));
    }

    void unbindDriver(DeviceDriver driver, ServiceReference<DeviceDriver> ref) {
        drivers.remove(ref);
    }

    // The services the admin API and the shell need; health is DEGRADED until all of them run.
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.inventory.SiteService sites;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.inventory.DeviceService devices;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.inventory.DeviceGroupService groups;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.profiles.ProfileService profiles;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.profiles.DeploymentService deployment;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.provisioning.ProvisioningSettingsService settings;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.tls.ServerCertificateService certificates;

    @Override
    public SystemHealth health() {
        DatabaseProbe probe = database;
        DatabaseHealth db = probe != null ? probe.health() : NO_DATA_SOURCE;
        List<DriverInfo> loaded = drivers.values().stream().sorted(Comparator.comparing(DriverInfo::family)).toList();
        List<String> missing = new java.util.ArrayList<>();
        if (sites == null) {
            missing.add("sites");
        }
        if (devices == null) {
            missing.add("devices");
        }
        if (groups == null) {
            missing.add("device groups");
        }
        if (profiles == null) {
            missing.add("profiles");
        }
        if (deployment == null) {
            missing.add("deployment");
        }
        if (settings == null) {
            missing.add("provisioning settings");
        }
        boolean up = db.up() && missing.isEmpty();
        List<String> notices = new java.util.ArrayList<>();
        org.dialtone.api.provisioning.ProvisioningSettingsService current = settings;
        if (current != null && db.up()) {
            try {
                if (!current.get().accountConfigured()) {
                    notices.add("No provisioning account is set, so every device request is refused (401): set accountUser and"
                            + " accountPassword with PUT /api/v1/provisioning/settings");
                }
            } catch (RuntimeException e) {
                notices.add("The provisioning settings could not be read: " + e.getMessage());
            }
        }
        if (loaded.isEmpty()) {
            notices.add("No device driver runs, so no device can be provisioned: install a driver feature or copy a driver jar into deploy/");
        }
        org.dialtone.api.tls.TlsStatus tlsStatus = null;
        org.dialtone.api.tls.ServerCertificateService tls = certificates;
        if (tls != null) {
            try {
                tlsStatus = tls.status();
                notices.addAll(tlsStatus.notices());
            } catch (RuntimeException e) {
                notices.add("The TLS certificates could not be read: " + e.getMessage());
            }
        }
        return new SystemHealth(up ? SystemHealth.UP : SystemHealth.DEGRADED, version, db, loaded, missing, notices, tlsStatus);
    }
}
