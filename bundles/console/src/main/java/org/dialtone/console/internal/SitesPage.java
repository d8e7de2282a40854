package org.dialtone.console.internal;

import javax.servlet.Servlet;
import org.osgi.service.component.annotations.Component;

/** The guide's sites: search (kept until reset), a page of 50 at a time from the server, each site's subnets. */
@Component(service = Servlet.class, property = {"felix.webconsole.label=" + SitesPage.LABEL,
        "felix.webconsole.title=" + SitesPage.TITLE, "felix.webconsole.category=Dialtone"})
public class SitesPage extends ConsolePage {
    private static final long serialVersionUID = 1L;
    static final String LABEL = "dialtone.sites";
    static final String TITLE = "Sites";

    public SitesPage() {
        super(LABEL, TITLE);
    }

    @Override
    String body() {
        return "<form id=\"search\" role=\"search\"><label for=\"q\">Search sites</label> "
                + "<input id=\"q\" name=\"q\" type=\"search\" placeholder=\"name, description or location\"> "
                + "<button type=\"submit\">Search</button> <button type=\"button\" id=\"reset\">Reset</button></form>"
                + "<table id=\"sites\"><caption id=\"count\">Sites</caption><thead><tr><th scope=\"col\">Name</th>"
                + "<th scope=\"col\">Description</th><th scope=\"col\">Public subnets</th><th scope=\"col\">Devices</th></tr></thead>"
                + "<tbody></tbody></table>"
                + "<nav aria-label=\"Pages\" class=\"pager\"><button type=\"button\" id=\"previous\">Previous</button> "
                + "<span id=\"range\"></span> <button type=\"button\" id=\"next\">Next</button></nav>";
    }

    @Override
    String script() {
        return "sites.js";
    }
}
