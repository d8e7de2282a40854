package org.dialtone.provisioning.internal;

import java.util.function.Supplier;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every provisioning request needs the provisioning account (F-PROV-6, F-PROV-8); there is no default one. */
@PreMatching
@Priority(Priorities.AUTHENTICATION)
final class ProvisioningAuthFilter implements ContainerRequestFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningAuthFilter.class);
    private final Supplier<DigestAuthenticator.Account> account;
    private final DigestAuthenticator authenticator;

    ProvisioningAuthFilter(Supplier<DigestAuthenticator.Account> account, DigestAuthenticator authenticator) {
        this.account = account;
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        DigestAuthenticator.Account current = account.get();
        DigestAuthenticator.Result result = authenticator.check(current, request.getMethod(), request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (result == DigestAuthenticator.Result.OK) {
            return;
        }
        if (current == null) {
            LOG.warn("A device asked for {} but no provisioning account is set: set it in the provisioning settings"
                    + " (PUT /api/v1/provisioning/settings)", request.getUriInfo().getPath());
        } else if (result != DigestAuthenticator.Result.MISSING) {
            LOG.info("A device asked for {} with {} credentials", request.getUriInfo().getPath(),
                    result == DigestAuthenticator.Result.STALE ? "expired" : "wrong");
        }
        request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, authenticator.challenge(current, result == DigestAuthenticator.Result.STALE))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + DigestCredentials.REALM + "\"")
                .type(MediaType.TEXT_PLAIN_TYPE)
                .entity(current == null ? "No provisioning account is set on this server yet.\n" : "Authentication required.\n")
                .build());
    }
}
