package org.dialtone.console.internal;

import java.util.List;
import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The service dashboard: devices online of all, by type, site, group and model, and software up to date, pending or failing. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + DashboardPage.LABEL, "felix.webconsole.title=" + DashboardPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=DEVICES", Navigation.ORDER + ":Integer=10"})
public class DashboardPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.dashboard";
    static final String TITLE = "Dashboard";

    @Activate
    public DashboardPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }

    @Override
    List<String> libraries() {
        return List.of("chart.js/chart.umd.js");
    }
}
