package org.dialtone.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.ProfileService;
import org.dialtone.api.system.HealthCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Configuration profiles and their deployment run only while the database does. */
@Component(service = HealthCheck.class)
public class ProfilesHealth implements HealthCheck {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProfileService profiles;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeploymentService deployment;

    @Override
    public Result check() {
        List<String> missing = new ArrayList<>();
        if (profiles == null) {
            missing.add("profiles");
        }
        if (deployment == null) {
            missing.add("deployment");
        }
        return new Result(missing, List.of());
    }
}
