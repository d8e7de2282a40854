package org.dialtone.driver.trio.internal;

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

/** Polycom Trio conference phones. */
@Component(service = DeviceDriver.class)
public class TrioDriver extends UcsDriverSupport {
    static final String GROUP_SERIES = "groupseries";
    /** Sic: the Trio's parameter names spell "Maintence". */
    static final String VC2 = "mr.deviceMgmt.vc2.param.";

    public TrioDriver() {
        super("trio", "Polycom Trio conference phones", modelTable(TrioDriver.class, "trio-models.txt"), Set.of("RealPresenceTrio", "Trio"));
    }

    @Override
    public Capabilities capabilities(String model, String firmwareVersion) {
        boolean rest = UcsDriverSupport.atLeast(firmwareVersion, 5, 4) && !"TrioVisualPlus".equalsIgnoreCase(model);
        return new Capabilities(rest ? EnumSet.allOf(TaskType.class) : EnumSet.noneOf(TaskType.class), rest, true, false,
                rest ? "Pairs with RealPresence Group Series; Polycom Cloud Services and Alexa for Business capable"
                        : "No REST control at this firmware: scheduled tasks are Not Applicable, changes apply at the next poll");
    }

    /**
     * A RealPresence Group Series paired with the Trio takes its software through the Trio's "modular room" device
     * management ({@code mr.deviceMgmt.vc2.param.*}, the names of the Trio's own default configuration; the Group
     * Series identifies itself as a "vc2" device). Built from those names alone, not yet confirmed on a real pair.
     */
    @Override
    public List<org.dialtone.driver.spi.Parameter> pairedSoftwareParameters(String pairedFamily, String version, String imageUrl,
                                                    java.time.LocalTime windowStart, java.time.Duration window) {
        if (!GROUP_SERIES.equals(pairedFamily)) {
            return List.of();
        }
        List<org.dialtone.driver.spi.Parameter> parameters = new java.util.ArrayList<>();
        parameters.add(new org.dialtone.driver.spi.Parameter(VC2 + "softwareUpdateUri", imageUrl));
        boolean inWindow = windowStart != null && window != null && !window.isZero();
        parameters.add(new org.dialtone.driver.spi.Parameter(VC2 + "softwareUpdateMaintenceWindowEnabled", inWindow ? "1" : "0"));
        if (inWindow) {
            parameters.add(new org.dialtone.driver.spi.Parameter(VC2 + "softwareUpdateMaintenceWindowStart",
                    windowStart.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))));
            long hours = Math.max(1, (window.toMinutes() + 59) / 60);
            parameters.add(new org.dialtone.driver.spi.Parameter(VC2 + "softwareUpdateMaintenceWindowDuration", Long.toString(hours)));
        }
        return parameters;
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return List.of(new StandardProfile("Trio-Management-Baseline", "Enables the REST API for Dialtone's device control, sets the admin"
                        + " password to this installation's generated device secret and has it post its status events to Dialtone",
                java.util.stream.Stream.concat(java.util.stream.Stream.of(new Parameter("apps.restapi.enabled", "1"), new Parameter("httpd.enabled", "1"),
                        new Parameter("device.set", "1"), new Parameter("device.auth.localAdminPassword.set", "1"),
                        new Parameter("device.auth.localAdminPassword", "${device_admin_password}")),
                        org.dialtone.driver.ucs.UcsRestStatus.telephonyEventParameters().stream()).toList()),
                new StandardProfile("Trio-AdminPassword-Change-TEMPLATE", "Sets the admin password: fill in 1 to 32 characters other than 456",
                List.of(new Parameter("device.set", "1"), new Parameter("device.auth.localAdminPassword.set", "1"),
                        new Parameter("device.auth.localAdminPassword", ""))));
    }
}
