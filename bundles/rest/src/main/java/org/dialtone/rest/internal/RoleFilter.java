package org.dialtone.rest.internal;

import java.lang.reflect.Method;
import java.util.Locale;
import java.util.Set;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;

/** The {@link RoleMatrix} at the door of every resource method: its area from {@link Guarded}, read or write from the method. */
@Priority(Priorities.AUTHORIZATION)
final class RoleFilter implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = CallerContext.of(request.getSecurityContext());
        if (caller == null || caller.role() == null) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This account has no Dialtone role; ask an administrator to give it one").toResponse());
            return;
        }
        Guarded guarded = guard(resource.getResourceMethod(), resource.getResourceClass());
        RoleMatrix.Area area = guarded == null ? RoleMatrix.Area.ACCOUNTS : guarded.value();
        boolean write = !READS.contains(request.getMethod()) && (guarded == null || !guarded.reads());
        if (!RoleMatrix.allows(caller.role(), area, write)) {
            String what = area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "The " + caller.role() + " role may "
                    + (RoleMatrix.access(caller.role(), area) == RoleMatrix.Access.READ ? "see but not change " : "not reach ") + what
                    + "; ask an administrator").toResponse());
        }
    }

    static Guarded guard(Method method, Class<?> type) {
        Guarded own = method == null ? null : method.getAnnotation(Guarded.class);
        return own != null ? own : type == null ? null : type.getAnnotation(Guarded.class);
    }
}
