package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import java.util.List;
import java.util.Locale;
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.api.profiles.Container;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.Profile;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The guide's Profile Deployment page (F-DEPLOY): each container's profiles in priority order. Containers:
 * {@code global}, {@code site/{id}}, {@code model/{name}}, {@code group/{id}}, {@code device/{id}},
 * {@code user/{id}} (users and rooms), {@code user-group/{id}}.
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.DEPLOYMENT)
@Tag(name = "Deployment")
@Path("/deployment")
@Produces(MediaType.APPLICATION_JSON)
public class DeploymentResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeploymentService deploymentService;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceService devicesService;

    public record ProfileIds(List<Long> profileIds) {
    }

    private DeploymentService deployment() {
        return Services.require(() -> deploymentService, "deployment");
    }

    @Operation(operationId = "getGlobalProfiles",
            summary = "The profiles deployed to every device")
    @GET
    @Path("/global/profiles")
    public List<Profile> global() {
        return deployment().profilesOf(Container.GLOBAL);
    }

    @Operation(operationId = "setGlobalProfiles",
            summary = "Set the profiles deployed to every device")
    @PUT
    @Path("/global/profiles")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeResult setGlobal(ProfileIds body, @QueryParam("apply") String apply, @QueryParam("applyAt") String applyAt,
                                  @Context SecurityContext security) {
        return deployment().setProfiles(Container.GLOBAL, Params.body(body).profileIds(), Params.apply(apply, applyAt),
                security.getUserPrincipal().getName());
    }

    @Operation(operationId = "getDeployedProfiles",
            summary = "The profiles deployed to a site, group or model")
    @GET
    @Path("/{type}/{key}/profiles")
    @SiteScoped
    public List<Profile> profiles(@BeanParam DeploymentTarget target, @Context SecurityContext security) {
        return deployment().profilesOf(reached(target.container(), security));
    }

    @Operation(operationId = "setDeployedProfiles",
            summary = "Set the profiles deployed to a site, group or model",
            description = "Replaces the container's profiles; the order of `profileIds` is their priority. Answers the devices "
            + "reached.")
    @PUT
    @Path("/{type}/{key}/profiles")
    @Consumes(MediaType.APPLICATION_JSON)
    @SiteScoped
    public ChangeResult setProfiles(@BeanParam DeploymentTarget target, ProfileIds body,
                                    @QueryParam("apply") String apply, @QueryParam("applyAt") String applyAt, @Context SecurityContext security) {
        return deployment().setProfiles(reached(target.container(), security), Params.body(body).profileIds(), Params.apply(apply, applyAt),
                security.getUserPrincipal().getName());
    }

    @Operation(operationId = "listDeploymentDevices",
            summary = "The devices a deployment target reaches",
            description = "The devices the container reaches.")
    @GET
    @Path("/{type}/{key}/devices")
    @SiteScoped
    public ChangeResult devices(@BeanParam DeploymentTarget target, @Context SecurityContext security) {
        return deployment().affected(reached(target.container(), security));
    }

    /** A caller limited to some sites deploys to its sites and their devices only: other containers reach devices elsewhere. */
    private Container reached(Container container, SecurityContext security) {
        org.dialtone.api.security.SiteScope sites = Callers.sites(security);
        if (!sites.limited()) {
            return container;
        }
        switch (container.type()) {
            case SITE -> {
                if (!sites.reaches(container.id())) {
                    throw new org.dialtone.api.NotFoundException("There is no site with id " + container.id() + " among this account's sites");
                }
            }
            case DEVICE -> {
                DeviceService service = Services.require(() -> devicesService, "device");
                if (!sites.reaches(service.get(container.id()).siteId())) {
                    throw new org.dialtone.api.NotFoundException("There is no device with id " + container.id() + " among this account's sites");
                }
            }
            default -> throw new org.dialtone.api.ForbiddenException("An account limited to some sites deploys to its sites and their"
                    + " devices only; a " + container.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " reaches devices elsewhere: ask an administrator");
        }
        return container;
    }
}
