package org.dialtone.driver.soundpoint.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dialtone.driver.spi.Capabilities;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.driver.spi.StandardProfile.Parameter;
import org.dialtone.driver.spi.TaskType;
import org.dialtone.driver.ucs.UcsDriverSupport;
import org.osgi.service.component.annotations.Component;

/** Polycom SoundPoint IP, SoundStation IP and SoundStructure VoIP Interface. */
@Component(service = DeviceDriver.class)
public class SoundPointDriver extends UcsDriverSupport {
    public SoundPointDriver() {
        super("soundpoint", "Polycom SoundPoint IP, SoundStation IP and SoundStructure VoIP Interface", modelTable(SoundPointDriver.class, "soundpoint-models.txt"), Set.of("SoundPointIP", "SoundStationIP", "SoundStation", "SoundStructure"));
    }

    @Override
    public Capabilities capabilities(String model, String firmwareVersion) {
        // No REST API on these families; old firmware lacks TLS 1.2 and provisions through the legacy listener.
        return new Capabilities(EnumSet.noneOf(TaskType.class), false, true, true,
                "No REST control: scheduled tasks are Not Applicable and changes apply at the next poll. Firmware without"
                        + " TLS 1.2 (before UC Software 4.0.15) provisions through the legacy listener (legacyPort in"
                        + " etc/org.dialtone.tls.cfg)");
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return List.of(new StandardProfile("SoundPoint-Disable-Cloud-Redirect", "Keeps the devices on this server: no Poly ZTP redirection",
                List.of(new Parameter("device.set", "1"), new Parameter("device.prov.ztpEnabled.set", "1"), new Parameter("device.prov.ztpEnabled", "0"))),
                new StandardProfile("SoundPoint-AdminPassword-Change-TEMPLATE", "Sets the admin password: fill in 1 to 32 characters other than 456",
                List.of(new Parameter("device.set", "1"), new Parameter("device.auth.localAdminPassword.set", "1"),
                        new Parameter("device.auth.localAdminPassword", ""))));
    }
}
