package org.dialtone.provisioning.internal;

import java.util.List;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.dialtone.api.system.HealthCheck;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** Devices are served only once the provisioning account is set. */
@Component(service = HealthCheck.class)
public class ProvisioningHealth implements HealthCheck {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ProvisioningSettingsService settings;

    @Override
    public Result check() {
        ProvisioningSettingsService current = settings;
        if (current == null) {
            return new Result(List.of("provisioning settings"), List.of());
        }
        try {
            return new Result(List.of(), current.get().accountConfigured() ? List.of() : List.of("No provisioning account is set, so every"
                    + " device request is refused (401): set accountUser and accountPassword in the provisioning settings"));
        } catch (RuntimeException e) {
            return new Result(List.of(), List.of("The provisioning settings could not be read: " + e.getMessage()));
        }
    }
}
