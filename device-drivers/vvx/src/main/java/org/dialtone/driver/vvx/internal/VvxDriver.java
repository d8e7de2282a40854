package org.dialtone.driver.vvx.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dialtone.driver.spi.Capabilities;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.driver.spi.TaskType;
import org.dialtone.driver.ucs.ModelTable;
import org.dialtone.driver.ucs.UcsDriverSupport;
import org.osgi.service.component.annotations.Component;

/** Polycom VVX business media phones (VVX 101 to 1500, x01/x50, D60 base). */
@Component(service = DeviceDriver.class)
public class VvxDriver extends UcsDriverSupport {
    /** The first UC Software release whose REST API Dialtone uses (guide: Controlling Devices via REST API). */
    static final int[] REST_FROM = {5, 4};

    public VvxDriver() {
        super("vvx", "Polycom VVX business media phones", readModels(), Set.of("VVX"));
    }

    private static ModelTable readModels() {
        return modelTable(VvxDriver.class, "vvx-models.txt");
    }

    @Override
    public Capabilities capabilities(String model, String firmwareVersion) {
        boolean rest = atLeast(firmwareVersion, REST_FROM) && !"VVXD60".equalsIgnoreCase(model);
        Set<TaskType> tasks = rest ? EnumSet.allOf(TaskType.class) : EnumSet.noneOf(TaskType.class);
        String note = null;
        if (!rest) {
            note = "VVXD60".equalsIgnoreCase(model) ? "The D60 base station takes no scheduled tasks; changes apply at its next poll"
                    : "UC Software before 5.4 has no REST API: scheduled tasks do not apply, changes apply at the next poll";
        } else if (firmwareVersion != null && firmwareVersion.startsWith("5.7.0")) {
            note = "UC Software 5.7.0 reports no line, SIP registration or call status (a firmware bug); upgrade to see them";
        }
        return new Capabilities(tasks, rest, true, false, note);
    }

    @Override
    protected boolean reportsLines(String model, String firmwareVersion) {
        return firmwareVersion == null || !firmwareVersion.startsWith("5.7.0");
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return VvxProfiles.all();
    }
}
