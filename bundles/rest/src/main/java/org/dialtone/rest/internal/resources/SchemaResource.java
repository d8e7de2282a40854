package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.profiles.SchemaAttribute;
import org.dialtone.api.profiles.SchemaInfo;
import org.dialtone.api.profiles.SchemaService;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The default device schema (guide: Upload Default XSD File) and the parameter search of profile editing. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.PROFILES)
@Tag(name = "Schema")
@Path("/schema")
@Produces(MediaType.APPLICATION_JSON)
public class SchemaResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SchemaService schemaService;

    private SchemaService schema() {
        return Services.require(() -> schemaService, "schema");
    }

    @Operation(operationId = "getSchema",
            summary = "The configuration schema in use")
    @GET
    @Path("/default")
    public SchemaInfo get() {
        return schema().defaultSchema().orElseThrow(() -> new NotFoundException(
                "No default schema is uploaded yet; PUT the XSD file to /api/v1/schema/default"));
    }

    @Operation(operationId = "uploadSchema",
            summary = "Upload a configuration schema",
            description = "Replaces the default XSD; the body is the file. Profile values of parameters it defines are then "
            + "compared with it (warnings).")
    @PUT
    @Path("/default")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public SchemaInfo upload(InputStream body, @Parameter(description = "The schema's name, shown with it") @QueryParam("name") String name, @Context SecurityContext security) {
        return schema().uploadDefault(name, Params.upload(body), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "removeSchema",
            summary = "Go back to the drivers' built-in configuration schema",
            description = "Removes the uploaded default XSD: the drivers' own schemas apply again.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @javax.ws.rs.DELETE
    @Path("/default")
    public javax.ws.rs.core.Response remove(@Context SecurityContext security) {
        schema().removeDefault(security.getUserPrincipal().getName());
        return javax.ws.rs.core.Response.noContent().build();
    }

    @Operation(operationId = "searchSchemaAttributes",
            summary = "Search the configuration schema's attributes",
            description = "Parameters whose name contains `q` (2 characters or more, any case), with type and allowed values; "
            + "with `softwareImageId` (the image the profile being edited selects), from that release's own schema.")
    @GET
    @Path("/attributes")
    public List<SchemaAttribute> search(@QueryParam("q") String q, @QueryParam("limit") String limit,
                                        @Parameter(description = "Search the schema of this software image rather than the default") @QueryParam("softwareImageId") String softwareImageId) {
        Integer max = Params.integer("limit", limit);
        return schema().search(q, max == null ? 50 : max, Params.id("softwareImageId", softwareImageId));
    }
}
