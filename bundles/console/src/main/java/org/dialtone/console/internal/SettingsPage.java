package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Provisioning settings: the account, host name, download paths, polling window, the DHCP option string and the TLS certificate. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + SettingsPage.LABEL, "felix.webconsole.title=" + SettingsPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=SETTINGS", Navigation.ORDER + ":Integer=90"})
public class SettingsPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.settings";
    static final String TITLE = "Provisioning Settings";

    @Activate
    public SettingsPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
