package org.dialtone.rest.internal;

import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

@PreMatching
@Priority(Priorities.AUTHORIZATION)
final class AdminRoleFilter implements ContainerRequestFilter {
    static final String ROLE = "admin";

    @Override
    public void filter(ContainerRequestContext request) {
        if (!request.getSecurityContext().isUserInRole(ROLE)) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN,
                    "This account lacks the '" + ROLE + "' role; ask an administrator to add it in etc/users.properties").toResponse());
        }
    }
}
