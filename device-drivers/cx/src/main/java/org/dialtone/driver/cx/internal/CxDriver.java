package org.dialtone.driver.cx.internal;

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

/** Polycom CX5100 and CX5500 unified conference stations. */
@Component(service = DeviceDriver.class)
public class CxDriver extends UcsDriverSupport {
    public CxDriver() {
        super("cx", "Polycom CX5100 and CX5500 unified conference stations", modelTable(CxDriver.class, "cx-models.txt"), Set.of("CX5100", "CX5500", "CX"));
    }

    @Override
    public Capabilities capabilities(String model, String firmwareVersion) {
        String note = "CX5500".equalsIgnoreCase(model) ? "CX5500 reports no call status" : "CX5100 reports no SIP user";
        return new Capabilities(EnumSet.noneOf(TaskType.class), false, true, false,
                note + "; scheduled tasks are Not Applicable, changes apply at the next poll; the device-UI override file is -system.cfg");
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return List.of(new StandardProfile("CX-AdminPassword-Change-TEMPLATE", "Sets the admin password: fill in 1 to 32 characters other than 456",
                List.of(new Parameter("device.set", "1"), new Parameter("device.auth.localAdminPassword.set", "1"),
                        new Parameter("device.auth.localAdminPassword", ""))));
    }

    /** The guide's {@code ${downloadPath}/swupdate/CX/${CXPhoneVersion}}. */
    @Override
    public String softwareFolder(String version) {
        return "swupdate/CX/" + version;
    }

    /**
     * The guide's CX5100/CX5500 provisioning attributes for a selected CX version: weekly automatic update checks
     * (Sunday 01:00) against the image's directory on the device's download path ({@link #softwareFolder}).
     */
    @Override
    public List<org.dialtone.driver.spi.Parameter> softwareParameters(String version, String imageUrl) {
        return List.of(new org.dialtone.driver.spi.Parameter("device.local.updateTime", "3600"),
                new org.dialtone.driver.spi.Parameter("device.local.updateInterval.set", "1"),
                new org.dialtone.driver.spi.Parameter("device.local.autoUpdateEnabled.set", "1"),
                new org.dialtone.driver.spi.Parameter("device.local.updateInterval", "604800"),
                new org.dialtone.driver.spi.Parameter("device.local.autoUpdateEnabled", "1"),
                new org.dialtone.driver.spi.Parameter("device.local.updateServer", imageUrl),
                new org.dialtone.driver.spi.Parameter("device.local.updateServer.set", "1"),
                new org.dialtone.driver.spi.Parameter("device.local.updateTime.set", "1"));
    }
}
