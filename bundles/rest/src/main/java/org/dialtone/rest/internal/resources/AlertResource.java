package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.monitoring.Alert;
import org.dialtone.api.monitoring.Alerts;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Alerts (CMA: Device Alerts): device offline, registration lost, software failing, health, certificates. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.MONITORING)
@Tag(name = "Alerts")
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile Alerts alertsService;

    private Alerts alerts() {
        return Services.require(() -> alertsService, "alert");
    }

    @Operation(operationId = "findAlerts",
            summary = "Search alerts",
            description = "Newest first; `state` (open, acknowledged, cleared), `kind` and `deviceId` narrow them.")
    @GET
    public Page<Alert> find(@Parameter(description = "Only alerts in this state", schema = @Schema(implementation = org.dialtone.api.monitoring.Alert.State.class)) @QueryParam("state") String state, @Parameter(description = "Only alerts of this kind", schema = @Schema(implementation = org.dialtone.api.monitoring.Alert.Kind.class)) @QueryParam("kind") String kind, @Parameter(description = "Only alerts about this device") @QueryParam("deviceId") String deviceId,
                            @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return alerts().find(Params.enumValue("state", Alert.State.class, state), Params.enumValue("kind", Alert.Kind.class, kind),
                Params.id("deviceId", deviceId), Params.page(offset, limit));
    }

    @Operation(operationId = "acknowledgeAlert",
            summary = "Acknowledge an alert")
    @POST
    @Path("/{id}/acknowledge")
    public Alert acknowledge(@PathParam("id") String id, @Context SecurityContext security) {
        return alerts().acknowledge(Params.id("id", id), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "clearAlert",
            summary = "Clear an alert")
    @POST
    @Path("/{id}/clear")
    public Alert clear(@PathParam("id") String id, @Context SecurityContext security) {
        return alerts().clear(Params.id("id", id), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "sendTestAlert",
            summary = "Send a test alert to every configured channel",
            description = "Posts a test alert to the configured webhook and answers what became of it.")
    @POST
    @Path("/test")
    public Map<String, String> test(@Context SecurityContext security) {
        return Map.of("result", alerts().testNotification(security.getUserPrincipal().getName()));
    }
}
