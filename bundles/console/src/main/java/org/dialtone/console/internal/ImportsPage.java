package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Imports: sites and devices from CSV files, with upload progress and the per-row log. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + ImportsPage.LABEL, "felix.webconsole.title=" + ImportsPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=DEVICES", Navigation.EVERY_SITE + "=true", Navigation.ORDER + ":Integer=100"})
public class ImportsPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.imports";
    static final String TITLE = "Imports";

    @Activate
    public ImportsPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
