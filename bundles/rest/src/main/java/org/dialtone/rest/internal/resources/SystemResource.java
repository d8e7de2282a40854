package org.dialtone.rest.internal.resources;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.dialtone.api.system.SystemHealth;
import org.dialtone.api.system.SystemHealthService;

@Path("/system")
@Produces(MediaType.APPLICATION_JSON)
public class SystemResource {
    private final SystemHealthService health;

    public SystemResource(SystemHealthService health) {
        this.health = health;
    }

    /** Version, database kind and state, loaded device drivers; 503 while something is down, for monitors. */
    @GET
    @Path("/health")
    public Response health() {
        SystemHealth report = health.health();
        return Response.status(SystemHealth.UP.equals(report.status()) ? 200 : 503).entity(report).build();
    }
}
