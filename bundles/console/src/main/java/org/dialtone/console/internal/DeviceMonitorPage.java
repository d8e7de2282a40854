package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The Device Monitor: search, filters, sort and paging on the server, the admin's own columns, all kept until reset. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + DeviceMonitorPage.LABEL, "felix.webconsole.title=" + DeviceMonitorPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=DEVICES", Navigation.ORDER + ":Integer=20"})
public class DeviceMonitorPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.devices";
    static final String TITLE = "Device Monitor";

    @Activate
    public DeviceMonitorPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
