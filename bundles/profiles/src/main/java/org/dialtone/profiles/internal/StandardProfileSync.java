package org.dialtone.profiles.internal;

import java.util.ArrayList;
import java.util.List;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.store.ProfileRepository;
import org.dialtone.store.ProfileWrite;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the standard profiles of every driver that arrives (guide: Polycom standard profiles). While a
 * driver is away its profiles are hidden and not applied on this node, but kept with their associations: a
 * driver update is a removal and an arrival, and the version that arrives decides which profiles remain.
 */
@Component(immediate = true, service = PresentDrivers.class)
public class StandardProfileSync implements PresentDrivers, org.dialtone.drivers.DriverRegistry.Listener {
    private static final Logger LOG = LoggerFactory.getLogger(StandardProfileSync.class);
    private final ProfileRepository profiles;
    private final Changes changes;
    private final java.util.Set<String> present = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final org.dialtone.drivers.DriverRegistry registry;

    @Activate
    public StandardProfileSync(@Reference ProfileRepository profiles, @Reference Changes changes, @Reference org.dialtone.drivers.DriverRegistry registry) {
        this.profiles = profiles;
        this.changes = changes;
        this.registry = registry;
        registry.listen(this);
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        registry.unlisten(this);
    }

    @Override
    public void arrived(DeviceDriver driver) {
        present.add(driver.family());
        try {
            List<ProfileWrite> wanted = new ArrayList<>();
            for (StandardProfile standard : driver.standardProfiles()) {
                List<ProfileAttribute> attributes = new ArrayList<>();
                standard.parameters().forEach(p -> attributes.add(new ProfileAttribute(p.name(), p.value())));
                wanted.add(new ProfileWrite(ProfileRules.name("name", standard.name()), ProfileRules.description(standard.description()),
                        standard.template() ? ProfileType.TEMPLATE : ProfileType.STANDARD, Profile.PHONE_PROVISION, null, driver.family(),
                        ProfileRules.attributes(attributes)));
            }
            List<String> skipped = profiles.syncStandard(driver.family(), wanted);
            if (!skipped.isEmpty()) {
                LOG.warn("Driver {} ships standard profiles whose names other profiles already use, so they were not added: {}."
                        + " Rename those profiles and restart the driver to get them", driver.family(), skipped);
            }
            changes.refresh(true);
            changes.dropAll();
        } catch (RuntimeException e) {
            // A driver with bad standard profiles still provisions; its profiles wait for a fixed version.
            LOG.error("Standard profiles of driver {} could not be stored: {}", driver.family(), e.getMessage());
        }
    }

    @Override
    public void departed(DeviceDriver driver) {
        present.remove(driver.family());
        changes.dropAll();
        LOG.info("Driver {} went away: its standard profiles are hidden and not applied until it returns", driver.family());
    }

    @Override
    public java.util.Set<String> families() {
        return java.util.Set.copyOf(present);
    }
}
