package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.StreamingOutput;
import org.dialtone.api.files.ResourceFile;
import org.dialtone.api.files.ResourceFileService;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Resource Files (F-RES-1); devices fetch them from {@code /prov/<name>}. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.FILES)
@Tag(name = "Resources")
@Path("/resources")
@Produces(MediaType.APPLICATION_JSON)
public class ResourceFileResource {
    private static final String NAME = "The resource file name, as phones ask for it";
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ResourceFileService resourcesService;

    private ResourceFileService resources() {
        return Services.require(() -> resourcesService, "resource file");
    }

    @Operation(operationId = "listResourceFiles",
            summary = "List resource files")
    @GET
    public List<ResourceFile> list() {
        return resources().list();
    }

    @Operation(operationId = "uploadResourceFile",
            summary = "Upload a resource file",
            description = "Uploads (replaces) a resource file; the body is the file, streamed to disk.")
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.WILDCARD)
    public ResourceFile upload(@Parameter(description = NAME) @PathParam("name") String name, @Parameter(description = "What the file is for") @QueryParam("description") String description, InputStream body,
                               @Context SecurityContext security) {
        return resources().upload(name, description, body, security.getUserPrincipal().getName());
    }

    @Operation(operationId = "getResourceFile",
            summary = "Describe a resource file")
    @GET
    @Path("/{name}/info")
    public ResourceFile describe(@Parameter(description = NAME) @PathParam("name") String name) {
        return resources().describe(name);
    }

    @Operation(operationId = "downloadResourceFile",
            summary = "Download a resource file",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@Parameter(description = NAME) @PathParam("name") String name) {
        ResourceFileService service = resources();
        service.describe(name);
        StreamingOutput body = out -> service.download(name, out);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    @Operation(operationId = "deleteResourceFile",
            summary = "Delete a resource file",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{name}")
    public Response delete(@Parameter(description = NAME) @PathParam("name") String name, @Context SecurityContext security) {
        resources().delete(name, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
