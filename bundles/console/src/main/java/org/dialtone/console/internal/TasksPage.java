package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The guide's Scheduled Tasks: filter by type and status, each task's results per device, edit the name and time before it runs, delete or cancel. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + TasksPage.LABEL, "felix.webconsole.title=" + TasksPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=TASKS", Navigation.ORDER + ":Integer=65"})
public class TasksPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.tasks";
    static final String TITLE = "Scheduled Tasks";

    @Activate
    public TasksPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
