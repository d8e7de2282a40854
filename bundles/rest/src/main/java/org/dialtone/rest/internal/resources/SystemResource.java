package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.dialtone.api.system.SystemHealth;
import org.dialtone.api.system.SystemHealthService;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SYSTEM)
@Tag(name = "System")
@Path("/system")
@Produces(MediaType.APPLICATION_JSON)
@SiteScoped
public class SystemResource {
    @Reference
    private SystemHealthService health;

    @Operation(operationId = "getHealth",
            summary = "The server's health",
            description = "Version, database kind and state, loaded device drivers; 503 while something is down, for monitors.",
            responses = {@ApiResponse(responseCode = "200", description = "Everything is up", content = @Content(schema = @Schema(implementation = SystemHealth.class))),
                    @ApiResponse(responseCode = "503", description = "Something is down; the report says what", content = @Content(schema = @Schema(implementation = SystemHealth.class)))})
    @GET
    @Path("/health")
    public Response health() {
        SystemHealth report = health.health();
        return Response.status(SystemHealth.UP.equals(report.status()) ? 200 : 503).entity(report).build();
    }
}
