package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Profile deployment: the profiles of Global, a model, a site, a device group, a device, a user or a user group, in priority order. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + DeploymentPage.LABEL, "felix.webconsole.title=" + DeploymentPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=DEPLOYMENT", Navigation.ORDER + ":Integer=60"})
public class DeploymentPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.deployment";
    static final String TITLE = "Profile Deployment";

    @Activate
    public DeploymentPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
