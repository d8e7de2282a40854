package org.dialtone.rest.internal;

import java.security.Principal;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Role;

/**
 * The security context of a signed-in request: its principal's name is the caller's actor (the account, and the token
 * when one was used), its roles the caller's {@link Role} by name or JAAS principal.
 */
public final class CallerContext implements SecurityContext {
    private final Caller caller;
    private final String scheme;

    CallerContext(Caller caller, String scheme) {
        this.caller = caller;
        this.scheme = scheme;
    }

    public Caller caller() {
        return caller;
    }

    /** The caller of a request, or null when it is not signed in through Dialtone's filter. */
    public static Caller of(SecurityContext security) {
        return security instanceof CallerContext context ? context.caller : null;
    }

    @Override
    public Principal getUserPrincipal() {
        String actor = caller.actor();
        return () -> actor;
    }

    @Override
    public boolean isUserInRole(String role) {
        Role own = caller.role();
        return own != null && (own.name().equalsIgnoreCase(role) || own.principal().equals(role));
    }

    @Override
    public boolean isSecure() {
        return true;
    }

    @Override
    public String getAuthenticationScheme() {
        return scheme;
    }
}
