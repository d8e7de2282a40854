package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The CMA's device alerts: open ones first, acknowledge or clear, and a test of the webhook. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + AlertsPage.LABEL, "felix.webconsole.title=" + AlertsPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=MONITORING", Navigation.ORDER + ":Integer=15"})
public class AlertsPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.alerts";
    static final String TITLE = "Alerts";

    @Activate
    public AlertsPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
