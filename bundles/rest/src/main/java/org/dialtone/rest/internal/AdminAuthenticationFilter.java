package org.dialtone.rest.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import org.apache.cxf.jaxrs.security.JAASAuthenticationFilter;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.dialtone.api.monitoring.Alerts;
import org.dialtone.api.security.AccountService;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who calls the admin API: an API token ({@code Authorization: Bearer}) or HTTP Basic against the Karaf JAAS realm,
 * which holds the accounts in the database (so the REST API, the web console and SSH share them). A password checked
 * a moment ago is answered from a {@link CredentialCache}; failures are held back per address ({@link org.dialtone.api.security.SignInThrottle}),
 * logged and counted towards an alert. Runs before matching: an unknown path gives 401 too, so paths do not leak.
 */
final class AdminAuthenticationFilter extends JAASAuthenticationFilter {
    /** The web console's realm name too, so a browser signed in to the console sends the same credentials here. */
    static final String REALM = "karaf";
    private static final Logger LOG = LoggerFactory.getLogger(AdminAuthenticationFilter.class);
    private final Supplier<AccountService> accounts;
    private final Supplier<Alerts> alerts;
    private final CredentialCache cache;
    private final org.dialtone.api.security.SignInThrottle throttle;

    /** How long a successful check takes (the realm's bcrypt), smoothed; a failure takes at least as long. */
    private volatile long checkNanos = java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(100);

    AdminAuthenticationFilter(Supplier<AccountService> accounts, Supplier<Alerts> alerts, CredentialCache cache, org.dialtone.api.security.SignInThrottle throttle) {
        this.accounts = accounts;
        this.alerts = alerts;
        this.cache = cache;
        this.throttle = throttle;
        setContextName("karaf");
        setRealmName(REALM);
        setRoleClassifier("org.apache.karaf.jaas.boot.principal.RolePrincipal");
        setRoleClassifierType("classname");
    }

    @Override
    public void filter(ContainerRequestContext context) {
        String header = context.getHeaderString(HttpHeaders.AUTHORIZATION);
        String address = address();
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            bearer(context, header.substring(7).strip(), address);
            return;
        }
        Optional<org.dialtone.api.security.BasicCredentials> basic = org.dialtone.api.security.BasicCredentials.parse(header);
        if (basic.isEmpty()) {
            super.filter(context);
            return;
        }
        String name = basic.get().name();
        String key = cache.key(name, basic.get().password());
        AccountService service = accounts.get();
        long revision = service == null ? -1 : service.revision();
        Caller known = cache.get(key, revision);
        if (known != null) {
            context.setSecurityContext(new CallerContext(known, "BASIC"));
            return;
        }
        Duration wait = throttle.wait(address);
        if (!wait.isZero()) {
            context.abortWith(tooMany(address, wait));
            return;
        }
        long started = System.nanoTime();
        super.filter(context);
        long took = System.nanoTime() - started;
        javax.ws.rs.core.SecurityContext checked = context.getSecurityContext();
        if (checked != null && checked.getUserPrincipal() != null) {
            checkNanos = (checkNanos * 7 + Math.min(took, java.util.concurrent.TimeUnit.SECONDS.toNanos(1))) / 8;
            throttle.succeeded(address);
            String account = checked.getUserPrincipal().getName();
            Optional<org.dialtone.api.security.SiteScope> sites = sitesOf(service, account);
            if (sites.isEmpty()) {
                context.abortWith(unavailable("The account's sites cannot be read"));
                return;
            }
            Caller caller = new Caller(account, Role.of(checked::isUserInRole).orElse(null), null, null, sites.get());
            cache.put(key, revision, caller);
            context.setSecurityContext(new CallerContext(caller, "BASIC"));
            signedIn(caller.account(), address);
            return;
        }
        if (accounts.get() == null) {
            // The accounts' realm goes with the service (the database is starting or unreachable): the password was not checked.
            context.abortWith(unavailable("Sign-ins cannot be checked"));
            return;
        }
        if (took < checkNanos) {
            // A wrong password for a real account costs a bcrypt check, an unknown name almost nothing: timing tells nothing.
            java.util.concurrent.locks.LockSupport.parkNanos(checkNanos - took);
        }
        refused(address, "as " + name);
    }

    private void bearer(ContainerRequestContext context, String secret, String address) {
        AccountService service = accounts.get();
        if (service == null) {
            context.abortWith(unavailable("API tokens cannot be checked"));
            return;
        }
        Optional<Caller> caller = service.verifyToken(secret, address);
        if (caller.isEmpty()) {
            refused(address, "with an API token");
            context.abortWith(challenge("The API token is unknown, expired or revoked: create a new one under your account"));
            return;
        }
        context.setSecurityContext(new CallerContext(caller.get(), "BEARER"));
    }

    /** The sites the account acts on; empty when they cannot be known (it is not let in on every site by default). */
    private static Optional<org.dialtone.api.security.SiteScope> sitesOf(AccountService service, String account) {
        if (service == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(service.byName(account).siteScope());
        } catch (org.dialtone.api.NotFoundException e) {
            // Signed in through another realm module (a Karaf user the database does not hold): no site limit is recorded.
            return Optional.of(org.dialtone.api.security.SiteScope.EVERY_SITE);
        } catch (RuntimeException e) {
            LOG.warn("The sites of account {} could not be read: {}", account, e.getMessage());
            return Optional.empty();
        }
    }

    private void refused(String address, String how) {
        int inARow = throttle.failed(address);
        LOG.warn("A sign-in to the admin API {} from {} failed ({} in a row from that address)", how, address, inARow);
        Alerts current = alerts.get();
        if (current != null) {
            current.signInRefused(address);
        }
    }

    private void signedIn(String name, String address) {
        AccountService service = accounts.get();
        if (service != null) {
            try {
                service.signedIn(name, address, Instant.now());
            } catch (RuntimeException e) {
                LOG.debug("The sign-in of {} could not be recorded: {}", name, e.toString());
            }
        }
    }

    private static String address() {
        Message message = JAXRSUtils.getCurrentMessage();
        // CXF's servlet transport keeps the request under AbstractHTTPDestination.HTTP_REQUEST.
        Object request = message == null ? null : message.get("HTTP.REQUEST");
        return request instanceof HttpServletRequest http ? http.getRemoteAddr() : "unknown";
    }

    private static Response tooMany(String address, Duration wait) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return Response.fromResponse(Problem.of(Response.Status.TOO_MANY_REQUESTS, "Too many failed sign-ins from " + address
                + ": wait " + seconds + " s before trying again (a signed-in client or an API token is not held back)").toResponse())
                .header(HttpHeaders.RETRY_AFTER, Long.toString(seconds)).build();
    }

    /** What cannot be done while the accounts service is away, as a 503 to retry. */
    private static Response unavailable(String what) {
        return Response.fromResponse(Problem.of(Response.Status.SERVICE_UNAVAILABLE, what + " now: the accounts service is not running"
                        + " (the database is starting or unreachable); try again in a few seconds").toResponse())
                .header(HttpHeaders.RETRY_AFTER, "5").build();
    }

    private static Response challenge(String detail) {
        return Response.fromResponse(Problem.of(Response.Status.UNAUTHORIZED, detail).toResponse())
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"")
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"" + REALM + "\"")
                .build();
    }

    @Override
    protected Response handleAuthenticationException(SecurityException ex, Message m) {
        return challenge("Sign in with HTTP Basic as a Dialtone account (the first admin's password is in"
                + " data/dialtone/initial-admin-password) or send an API token as Authorization: Bearer");
    }
}
