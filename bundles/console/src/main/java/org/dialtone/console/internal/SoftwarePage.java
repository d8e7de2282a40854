package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Software: images with upload progress, where the fleet stands with each (up to date, pending, failing), and Group Series licence files. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + SoftwarePage.LABEL, "felix.webconsole.title=" + SoftwarePage.TITLE,
        "felix.webconsole.category=Dialtone", Navigation.AREA + "=SOFTWARE", Navigation.ORDER + ":Integer=70"})
public class SoftwarePage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.software";
    static final String TITLE = "Software";

    @Activate
    public SoftwarePage(@Reference Navigation navigation) {
        super(LABEL, TITLE, navigation);
    }
}
