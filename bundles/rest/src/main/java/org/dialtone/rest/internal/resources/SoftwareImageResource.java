package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import io.swagger.v3.oas.annotations.Hidden;
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
import javax.ws.rs.core.StreamingOutput;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The software image repository (F-SW-1): packages as request bodies, streamed to disk. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SOFTWARE)
@Tag(name = "Software")
@Path("/software/images")
@Produces(MediaType.APPLICATION_JSON)
public class SoftwareImageResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SoftwareImageService imagesService;

    private SoftwareImageService images() {
        return Services.require(() -> imagesService, "software image");
    }

    @Operation(operationId = "listSoftwareImages",
            summary = "List software images")
    @GET
    @SiteScoped
    public List<SoftwareImage> list() {
        return images().list();
    }

    /** The upload's first path, which a client cannot tell from {@code /{id}}; kept until 0.3 (README: Removals). */
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.WILDCARD)
    @Hidden
    @Deprecated
    public Response upload(@PathParam("name") String name, @QueryParam("version") String version, @QueryParam("family") String family,
                           InputStream body, @Context SecurityContext security) throws IOException {
        return SoftwarePackageResource.created(images(), name, version, family, body, security)
                .header("Deprecation", "true")
                .header("Link", "</api/v1/software/packages/" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20")
                        + ">; rel=\"successor-version\"")
                .build();
    }

    @Operation(operationId = "getSoftwareImage",
            summary = "Read a software image")
    @GET
    @Path("/{id}")
    @SiteScoped
    public SoftwareImage get(@PathParam("id") String id) {
        return images().get(Params.id("id", id));
    }

    @Operation(operationId = "downloadSoftwareImageFile",
            summary = "Download a file of a software image",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/{id}/files/{file}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("id") String id, @Parameter(description = "A file of the image, as phones ask for it") @PathParam("file") String file) {
        SoftwareImageService service = images();
        long imageId = Params.id("id", id);
        SoftwareImage image = service.get(imageId);
        if (!file.equals(image.name()) && image.files().stream().noneMatch(f -> f.name().equals(file))) {
            throw new org.dialtone.api.NotFoundException("Software image " + image.name() + " has no file " + file);
        }
        StreamingOutput body = out -> service.download(imageId, file, out);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }

    @Operation(operationId = "deleteSoftwareImage",
            summary = "Delete a software image",
            description = "Refused while profiles select the image, unless `force=true`.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Parameter(description = "true to delete it even though profiles select it") @QueryParam("force") boolean force, @Context SecurityContext security) {
        images().delete(Params.id("id", id), force, security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
