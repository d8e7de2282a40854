package org.dialtone.api.system;

import java.util.List;

/**
 * What {@code /api/v1/system/health} and {@code dialtone:health} report.
 *
 * @param status          {@code UP} when every part works, otherwise {@code DEGRADED}
 * @param version         the Dialtone version running
 * @param missingServices core services not (yet) running, such as while the server starts; empty when all run
 * @param notices         what an admin still has to do for devices to be served, such as setting the provisioning account
 * @param tls             the served certificates, the listeners and what devices negotiated; null while that service is not running
 */
public record SystemHealth(String status, String version, DatabaseHealth database, List<DriverInfo> drivers,
                           List<String> missingServices, List<String> notices, org.dialtone.api.tls.TlsStatus tls) {
    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";

    public SystemHealth {
        drivers = List.copyOf(drivers);
        missingServices = missingServices == null ? List.of() : List.copyOf(missingServices);
        notices = notices == null ? List.of() : List.copyOf(notices);
    }
}
