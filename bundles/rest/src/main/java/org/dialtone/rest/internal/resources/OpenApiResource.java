package org.dialtone.rest.internal.resources;

import java.io.InputStream;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.NotFoundException;

/** The OpenAPI 3 description, generated from these resource classes at build time. */
@Path("/openapi.json")
public class OpenApiResource {
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
