package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.io.IOException;
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
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareLicense;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Managing RealPresence Group Series License Files (F-SW-4): one key file per Group Series image. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SOFTWARE)
@Tag(name = "Software")
@Path("/software/licenses")
@Produces(MediaType.APPLICATION_JSON)
public class SoftwareLicenseResource {
    private static final String IMAGE = "The software image the licence is for";
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SoftwareImageService imagesService;

    private SoftwareImageService images() {
        return Services.require(() -> imagesService, "software image");
    }

    @Operation(operationId = "listSoftwareLicenses",
            summary = "List Group Series licence files")
    @GET
    public List<SoftwareLicense> list() {
        return images().licenses();
    }

    @Operation(operationId = "getSoftwareLicense",
            summary = "Read the licence file of a software image",
            description = "View: the key file with its image.")
    @GET
    @Path("/{imageId}")
    public SoftwareLicense get(@Parameter(description = IMAGE) @PathParam("imageId") String imageId) {
        return images().license(Params.id("imageId", imageId));
    }

    @Operation(operationId = "downloadSoftwareLicense",
            summary = "Download the licence file of a software image",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/{imageId}/file")
    @Produces(MediaType.TEXT_PLAIN)
    public Response download(@Parameter(description = IMAGE) @PathParam("imageId") String imageId) {
        SoftwareLicense license = images().license(Params.id("imageId", imageId));
        return Response.ok(license.content(), "text/plain; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + license.fileName() + "\"").build();
    }

    @Operation(operationId = "uploadSoftwareLicense",
            summary = "Upload or replace the licence file of a software image",
            description = "Upload or replace; the body is the .txt key file.")
    @PUT
    @Path("/{imageId}")
    @Consumes(MediaType.WILDCARD)
    public SoftwareLicense upload(@Parameter(description = IMAGE) @PathParam("imageId") String imageId, @Parameter(description = "The licence file name phones ask for; the image's default when absent") @QueryParam("fileName") String fileName, InputStream body,
                                  @Context SecurityContext security) throws IOException {
        return images().uploadLicense(Params.id("imageId", imageId), fileName, body, security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteSoftwareLicense",
            summary = "Delete the licence file of a software image",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{imageId}")
    public Response delete(@Parameter(description = IMAGE) @PathParam("imageId") String imageId, @Context SecurityContext security) {
        images().deleteLicense(Params.id("imageId", imageId), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
