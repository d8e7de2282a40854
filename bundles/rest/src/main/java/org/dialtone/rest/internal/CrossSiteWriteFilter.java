package org.dialtone.rest.internal;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

/**
 * A browser sends an admin's Basic credentials to this API from any page that asks, so a write whose Origin is
 * another site is refused before anything else runs: the console (same origin) and scripts (no Origin) are not
 * affected. Reads stay open to the same rules as before; a browser does not let another site read the answer.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class CrossSiteWriteFilter implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (READS.contains(request.getMethod())) {
            return;
        }
        String fetchSite = request.getHeaderString("Sec-Fetch-Site");
        String origin = request.getHeaderString("Origin");
        if ("cross-site".equalsIgnoreCase(fetchSite) || origin != null && !sameOrigin(origin, request.getHeaderString("Host"))) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "A write to this API from another site's page is refused"
                    + " (its Origin is not this server's): use the console at /system/console, or send the request without"
                    + " a browser").toResponse());
        }
    }

    /** {@code Origin: https://host:port} names the host the request was sent to ({@code Host}), or it is another site. */
    static boolean sameOrigin(String origin, String host) {
        if (host == null || origin.equals("null")) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null || !"https".equalsIgnoreCase(uri.getScheme()) && !"http".equalsIgnoreCase(uri.getScheme())) {
                return false;
            }
            String authority = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return authority.toLowerCase(Locale.ROOT).equals(host.strip().toLowerCase(Locale.ROOT))
                    || uri.getPort() < 0 && host.strip().toLowerCase(Locale.ROOT).equals(uri.getHost().toLowerCase(Locale.ROOT) + ":443");
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }
}
