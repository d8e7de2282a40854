package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Files: resource files profiles refer to, and the shared files every device gets unless it has its own (a device's own files are on its page). */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + FilesPage.LABEL, "felix.webconsole.title=" + FilesPage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=FILES", Navigation.ORDER + ":Integer=80"})
public class FilesPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.files";
    static final String TITLE = "Files";

    @Activate
    public FilesPage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
