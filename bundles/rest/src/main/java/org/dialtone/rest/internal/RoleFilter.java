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
import javax.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.security.SiteScope;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;

/**
 * The {@link RoleMatrix} at the door of every resource method: its area from {@link Guarded}, read or write from the
 * method. A caller limited to some sites passes only methods marked {@link SiteScoped}, and only to devices and sites
 * within them: others are not found, as for an account that cannot see them.
 */
@Priority(Priorities.AUTHORIZATION)
final class RoleFilter implements ContainerRequestFilter {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Context
    private ResourceInfo resource;
    @Context
    private UriInfo uri;
    private final Supplier<DeviceService> devices;

    RoleFilter(Supplier<DeviceService> devices) {
        this.devices = devices;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = CallerContext.of(request.getSecurityContext());
        if (caller == null || caller.role() == null) {
            request.abortWith(Problem.of(Response.Status.FORBIDDEN, "This account has no Dialtone role; ask an administrator to give it one").toResponse());
            return;
        }
        Method method = resource.getResourceMethod();
        Guarded guarded = guard(method, resource.getResourceClass());
        RoleMatrix.Area area = guarded == null ? RoleMatrix.Area.ACCOUNTS : guarded.value();
        boolean write = !READS.contains(request.getMethod()) && (guarded == null || !guarded.reads());
        boolean limited = caller.sites().limited();
        SiteScoped scoped = method == null ? null : method.getAnnotation(SiteScoped.class);
        if (scoped == null && resource.getResourceClass() != null) {
            scoped = resource.getResourceClass().getAnnotation(SiteScoped.class);
        }
        if (!RoleMatrix.allows(caller.role(), area, write, limited) || limited && scoped == null) {
            request.abortWith(refusal(caller, area, limited).toResponse());
            return;
        }
        if (limited) {
            outOfReach(caller.sites(), scoped).ifPresent(problem -> request.abortWith(problem.toResponse()));
        }
    }

    private static Problem refusal(Caller caller, RoleMatrix.Area area, boolean limited) {
        String what = area.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        RoleMatrix.Access access = RoleMatrix.access(caller.role(), area, limited);
        String whom = limited ? "An account limited to some sites" : "The " + caller.role() + " role";
        return Problem.of(Response.Status.FORBIDDEN, whom + " may " + (access == RoleMatrix.Access.READ ? "see but not change " : "not reach ")
                + what + (limited && access != RoleMatrix.Access.NONE ? " this way" : "") + "; ask an administrator");
    }

    /** A device or site named in the path that the caller's sites do not include answers as if there were none. */
    private Optional<Problem> outOfReach(SiteScope sites, SiteScoped scoped) {
        if (!scoped.site().isEmpty()) {
            Long site = id(scoped.site());
            if (site != null && !sites.reaches(site)) {
                return Optional.of(Problem.notFound("There is no site with id " + site + " among this account's sites"));
            }
        }
        if (!scoped.device().isEmpty()) {
            Long device = id(scoped.device());
            if (device == null) {
                return Optional.empty();
            }
            DeviceService service = devices.get();
            if (service == null) {
                return Optional.of(Problem.of(Response.Status.SERVICE_UNAVAILABLE, "The inventory is not running; try again in a moment"));
            }
            try {
                if (!sites.reaches(service.get(device).siteId())) {
                    return Optional.of(Problem.notFound("There is no device with id " + device + " among this account's sites"));
                }
            } catch (org.dialtone.api.NotFoundException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The id in that path parameter; null when it is none, for the method to refuse as it does for everyone. */
    private Long id(String parameter) {
        String raw = uri.getPathParameters().getFirst(parameter);
        try {
            return raw == null ? null : Long.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Guarded guard(Method method, Class<?> type) {
        Guarded own = method == null ? null : method.getAnnotation(Guarded.class);
        return own != null ? own : type == null ? null : type.getAnnotation(Guarded.class);
    }
}
