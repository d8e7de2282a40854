package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Device groups: members, profiles in priority order (reorder by keyboard or by dragging), top priority and the default groups. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + GroupsPage.LABEL, "felix.webconsole.title=" + GroupsPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=GROUPS", Navigation.ORDER + ":Integer=40"})
public class GroupsPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.groups";
    static final String TITLE = "Device Groups";

    @Activate
    public GroupsPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
