package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guide's sites: search kept until reset, pages of 50, editing with subnets, and which site an address would land in. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + SitesPage.LABEL, "felix.webconsole.title=" + SitesPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=SITES", Navigation.ORDER + ":Integer=30"})
public class SitesPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.sites";
    static final String TITLE = "Sites";

    @Activate
    public SitesPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
