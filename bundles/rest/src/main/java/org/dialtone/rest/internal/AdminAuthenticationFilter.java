package org.dialtone.rest.internal;

import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.message.Message;

/**
 * HTTP Basic against the Karaf JAAS realm, so the REST API, the web console and SSH share one set of admin
 * accounts. Runs before matching: an unknown path gives 401 too, so paths do not leak to strangers.
 */
final class AdminAuthenticationFilter extends JAASAuthenticationFilter {
    /** The web console's realm name too, so a browser signed in to the console sends the same credentials here. */
    static final String REALM = "karaf";

    AdminAuthenticationFilter() {
        setContextName("karaf");
        setRealmName(REALM);
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType("classname");
    }

    /** How long a successful check takes (the realm's bcrypt), smoothed; a failure takes at least as long. */
    private volatile long checkNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100);

    /**
     * A wrong password for a real account costs a bcrypt check, an unknown name almost nothing: failures wait until a
     * check's usual time has passed, so that timing does not tell which names exist.
     */
    @Override
    public void filter(javax.ws.rs.container.ContainerRequestContext context) {
        long started = System.nanoTime();
        super.filter(context);
        long took = System.nanoTime() - started;
        if (context.getSecurityContext() != null && context.getSecurityContext().getUserPrincipal() != null) {
            checkNanos = (checkNanos * 7 + Math.min(took, java.util.concurrent.TimeUnit.SECONDS.toNanos(1))) / 8;
        } else if (took < checkNanos) {
            java.util.concurrent.locks.LockSupport.parkNanos(checkNanos - took);
        }
    }

    @Override
    protected Response handleAuthenticationException(SecurityException ex, Message m) {
        Problem problem = Problem.of(Response.Status.UNAUTHORIZED,
                "Sign in with HTTP Basic as a Karaf user with the admin role (the first password is in"
                        + " data/dialtone/initial-admin-password)");
        return Response.fromResponse(problem.toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .build();
    }
}
