package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** One device's details: summary, groups in order, profiles, files, logs and the effective configuration with each value's source. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + DevicePage.LABEL, "felix.webconsole.title=" + DevicePage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=DEVICES"})
public class DevicePage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.device";
    static final String TITLE = "Device";

    @Activate
    public DevicePage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
