package org.dialtone.api.system;

import java.util.List;

/**
 * What one capability contributes to {@code /api/v1/system/health}: the services of its own that do not run (health is
 * DEGRADED while any do not), and what an admin still has to do. Each capability bundle registers its own; the health
 * service keeps no list of them.
 */
public interface HealthCheck {
    record Result(List<String> missingServices, List<String> notices) {
        public Result {
            missingServices = List.copyOf(missingServices);
            notices = List.copyOf(notices);
        }
    }

    Result check();
}
