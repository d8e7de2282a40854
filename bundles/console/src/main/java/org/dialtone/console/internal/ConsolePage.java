package org.dialtone.console.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * One page of the admin console: a web console plugin whose label has a dot, so that the console serves it as it is
 * (a label without one gets the console's header, whose inline scripts a Content-Security-Policy without inline
 * script would block). The page is fixed markup ({@code console/<name>.html}) with a script of its own
 * ({@code console/<name>.js}) that calls /api/v1; nothing of the data is ever put into HTML on the server, and the
 * script writes it as text.
 */
abstract class ConsolePage extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String ROOT = "/system/console/";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none';"
            + " base-uri 'none'; form-action 'self'; frame-ancestors 'self'";
    private static final Pattern RESOURCE = Pattern.compile("/res/((?:[a-z][a-z0-9.-]{0,40}/)?[a-z][a-z0-9.-]{0,40}\\.(js|css))");

    private final String label;
    private final String title;
    private final String name;
    private final Navigation navigation;

    /** {@code label} is {@code dialtone.<name>}; the markup and script are {@code console/<name>.html} and {@code .js}. */
    ConsolePage(String label, String title, Navigation navigation) {
        this.label = label;
        this.title = title;
        this.name = label.substring(label.indexOf('.') + 1);
        this.navigation = navigation;
    }

    /** Libraries the page's script needs, loaded before it (e.g. {@code chart.js/chart.umd.js}). */
    List<String> libraries() {
        return List.of();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        int at = path.indexOf(label);
        String rest = at < 0 ? path : path.substring(at + label.length());
        if (rest.isEmpty() || rest.equals("/")) {
            Navigation.Caller caller = navigation.caller(request);
            org.dialtone.api.security.RoleMatrix.Access access = caller.access(navigation.entry(label));
            if (access == org.dialtone.api.security.RoleMatrix.Access.NONE) {
                ConsoleSignIn.page(response, HttpServletResponse.SC_FORBIDDEN, "Your role does not open the " + title + " page; ask an administrator.");
                return;
            }
            page(response, caller, access);
            return;
        }
        java.util.regex.Matcher resource = RESOURCE.matcher(rest);
        if (!resource.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = ConsolePage.class.getResourceAsStream("/console/" + resource.group(1))) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            response.setContentType(resource.group(2).equals("js") ? "text/javascript;charset=utf-8" : "text/css;charset=utf-8");
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            in.transferTo(response.getOutputStream());
        }
    }

    private String markup() throws IOException {
        try (InputStream in = ConsolePage.class.getResourceAsStream("/console/" + name + ".html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private void page(HttpServletResponse response, Navigation.Caller caller, org.dialtone.api.security.RoleMatrix.Access access) throws IOException {
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Security-Policy", CSP);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "same-origin");
        response.setHeader("Cache-Control", "no-store");
        StringBuilder nav = new StringBuilder();
        for (Navigation.Entry page : navigation.entries(caller)) {
            nav.append("<li><a href=\"").append(ROOT).append(page.label()).append('"')
                    .append(page.label().equals(label) ? " aria-current=\"page\"" : "").append('>').append(page.title()).append("</a></li>");
        }
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>Dialtone — " + title + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + ROOT + label + "/res/console.css\">"
                + "<script src=\"" + ROOT + label + "/res/api.js\" defer></script>"
                + libraries().stream().map(library -> "<script src=\"" + ROOT + label + "/res/" + library + "\" defer></script>")
                        .collect(java.util.stream.Collectors.joining())
                + "<script src=\"" + ROOT + label + "/res/" + name + ".js\" defer></script></head>"
                + "<body data-access=\"" + access + "\"><header><span class=\"brand\">Dialtone</span><nav aria-label=\"Dialtone\"><ul>" + nav
                + (caller.role() == org.dialtone.api.security.Role.ADMIN ? "<li><a href=\"" + ROOT + "bundles\">Karaf console</a></li>" : "")
                + "<li><a href=\"/api/v1/docs/\" id=\"api-docs\">REST API</a></li>"
                + "<li><a href=\"" + ROOT + ConsoleSignIn.SIGN_OUT + "\" id=\"sign-out\">Sign out</a></li></ul></nav></header>"
                + "<main><h1>" + title + "</h1><p id=\"problem\" role=\"alert\" class=\"problem\" hidden></p><p id=\"status\" role=\"status\" class=\"status\"></p>" + markup() + "</main></body></html>\n";
        response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
}
