package org.dialtone.monitoring.internal;

import java.util.Comparator;
import java.util.List;
import org.dialtone.api.system.DatabaseHealth;
import org.dialtone.api.system.DriverInfo;
import org.dialtone.api.system.SystemHealth;
import org.dialtone.api.system.SystemHealthService;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.store.DatabaseProbe;
import org.osgi.framework.BundleContext;
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
    private final org.dialtone.drivers.DriverRegistry drivers;
    private volatile DatabaseProbe database;

    @Activate
    public SystemHealthServiceImpl(BundleContext context, @Reference org.dialtone.drivers.DriverRegistry drivers) {
        this.drivers = drivers;
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

    private static DriverInfo info(DeviceDriver driver) {
        org.osgi.framework.Bundle bundle = org.osgi.framework.FrameworkUtil.getBundle(driver.getClass());
        return new DriverInfo(driver.family(), driver.displayName(), bundle != null ? bundle.getVersion().toString() : "", driver.models().size());
    }

    // Each capability registers its own check: the services of its that do not run, and what an admin still has to do.
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile List<org.dialtone.api.system.HealthCheck> checks;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.tls.ServerCertificateService certificates;

    @Override
    public SystemHealth health() {
        DatabaseProbe probe = database;
        DatabaseHealth db = probe != null ? probe.health() : NO_DATA_SOURCE;
        List<DriverInfo> loaded = drivers.drivers().stream().map(SystemHealthServiceImpl::info).sorted(Comparator.comparing(DriverInfo::family)).toList();
        List<String> missing = new java.util.ArrayList<>();
        List<String> notices = new java.util.ArrayList<>();
        List<org.dialtone.api.system.HealthCheck> contributed = checks;
        for (org.dialtone.api.system.HealthCheck check : contributed == null ? List.<org.dialtone.api.system.HealthCheck>of() : contributed) {
            try {
                org.dialtone.api.system.HealthCheck.Result result = check.check();
                missing.addAll(result.missingServices());
                if (db.up()) {
                    notices.addAll(result.notices());
                }
            } catch (RuntimeException e) {
                notices.add("A health check failed: " + e.getMessage());
            }
        }
        java.util.Collections.sort(missing);
        boolean up = db.up() && missing.isEmpty();
        if (loaded.isEmpty()) {
            notices.add("No device driver runs, so no device can be provisioned: install a driver feature or copy a driver jar into deploy/");
        }
        org.dialtone.api.tls.TlsStatus tlsStatus = null;
        org.dialtone.api.tls.ServerCertificateService tls = certificates;
        if (tls != null) {
            try {
                tlsStatus = tls.status();
            } catch (RuntimeException e) {
                // its own health check reports why
            }
        }
        return new SystemHealth(up ? SystemHealth.UP : SystemHealth.DEGRADED, version, db, loaded, missing, notices, tlsStatus);
    }
}
