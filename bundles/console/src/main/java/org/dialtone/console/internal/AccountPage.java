package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The signed-in account: its name and roles. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + AccountPage.LABEL, "felix.webconsole.title=" + AccountPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=OWN_ACCOUNT", Navigation.ORDER + ":Integer=110"})
public class AccountPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.account";
    static final String TITLE = "Account";

    @Activate
    public AccountPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
