package org.dialtone.api.system;

import java.util.List;

/**
 * What {@code /api/v1/system/health} and {@code dialtone:health} report.
 *
 * @param status  {@code UP} when every part works, otherwise {@code DEGRADED}
 * @param version the Dialtone version running
 */
public record SystemHealth(String status, String version, DatabaseHealth database, List<DriverInfo> drivers) {
    public static final String UP = "UP";
    public static final String DEGRADED = "DEGRADED";

    public SystemHealth {
        drivers = List.copyOf(drivers);
    }
}
