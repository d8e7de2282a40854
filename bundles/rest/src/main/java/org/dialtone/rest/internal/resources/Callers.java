package org.dialtone.rest.internal.resources;

import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.SiteScope;
import org.dialtone.rest.internal.CallerContext;

/** What a resource needs to know of its caller beyond its name. */
final class Callers {
    private Callers() {
    }

    /** The sites the caller acts on; RoleFilter has refused every request without a caller before a resource runs. */
    static SiteScope sites(SecurityContext security) {
        Caller caller = CallerContext.of(security);
        return caller == null ? SiteScope.of(java.util.Set.of()) : caller.sites();
    }
}
