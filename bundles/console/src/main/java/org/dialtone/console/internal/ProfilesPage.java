package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Configuration profiles: list by type, the editor with the schema's search, import of a .cfg or .xml, copy, and ZIP export and import. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + ProfilesPage.LABEL, "felix.webconsole.title=" + ProfilesPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=PROFILES", Navigation.ORDER + ":Integer=50"})
public class ProfilesPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.profiles";
    static final String TITLE = "Configuration Profiles";

    @Activate
    public ProfilesPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
