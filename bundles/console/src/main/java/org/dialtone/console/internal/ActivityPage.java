package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guide's activity log: every admin write, newest first, with before and after; each kept week downloadable. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + ActivityPage.LABEL, "felix.webconsole.title=" + ActivityPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=ACTIVITY", Navigation.ORDER + ":Integer=105"})
public class ActivityPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.activity";
    static final String TITLE = "Activity Log";

    @Activate
    public ActivityPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
