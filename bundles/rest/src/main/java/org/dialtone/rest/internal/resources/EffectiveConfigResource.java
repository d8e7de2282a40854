package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** What a device is told and why (F-DEPLOY-4/5). */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.PROFILES)
@Tag(name = "Profiles")
@Path("/devices/{id}/effective-config")
@Produces(MediaType.APPLICATION_JSON)
@SiteScoped(device = "id")
public class EffectiveConfigResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeploymentService deploymentService;

    @Operation(operationId = "getEffectiveConfig",
            summary = "The device's effective configuration",
            description = "Every parameter with its value, the container and profile it comes from, and the lower-priority "
            + "definitions it shadows; the selected software image; the profiles that apply, highest priority "
            + "first.")
    @GET
    public EffectiveConfig get(@PathParam("id") String id) {
        return Services.require(() -> deploymentService, "deployment").effectiveConfig(Params.id("id", id));
    }
}
