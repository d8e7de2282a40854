package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.NotFoundException;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;

/** The OpenAPI 3 description, generated from these resource classes at build time. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SYSTEM)
@Tag(name = "System")
@Path("/openapi.json")
@SiteScoped
public class OpenApiResource {
    @Operation(operationId = "getApiDescription",
            summary = "This API description")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public InputStream document() {
        InputStream in = OpenApiResource.class.getResourceAsStream("/openapi/openapi.json");
        if (in == null) {
            throw new NotFoundException("This build carries no OpenAPI document; rebuild dialtone-rest");
        }
        return in;
    }
}
