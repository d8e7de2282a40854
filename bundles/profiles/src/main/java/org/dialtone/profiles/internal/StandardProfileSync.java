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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the standard profiles of every driver that arrives (guide: Polycom standard profiles). A driver
 * that goes away leaves its profiles and their associations in place: it is usually being updated; the
 * version that comes back decides which of them remain.
 */
@Component(immediate = true)
public class StandardProfileSync {
    private static final Logger LOG = LoggerFactory.getLogger(StandardProfileSync.class);
    private final ProfileRepository profiles;
    private final Changes changes;

    @Activate
    public StandardProfileSync(@Reference ProfileRepository profiles, @Reference Changes changes) {
        this.profiles = profiles;
        this.changes = changes;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addDriver(DeviceDriver driver) {
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
        } catch (RuntimeException e) {
            // A driver with bad standard profiles still provisions; its profiles wait for a fixed version.
            LOG.error("Standard profiles of driver {} could not be stored: {}", driver.family(), e.getMessage());
        }
    }

    void removeDriver(DeviceDriver driver) {
        // Kept on purpose; see the class comment.
    }
}
