package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import javax.ws.rs.Consumes;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Software packages uploaded by file name; each becomes a software image under {@code /software/images/{id}}. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SOFTWARE)
@Tag(name = "Software")
@Path("/software/packages")
@Produces(MediaType.APPLICATION_JSON)
public class SoftwarePackageResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SoftwareImageService imagesService;

    @Operation(operationId = "uploadSoftwareImage",
            summary = "Upload a software package",
            description = "Uploads a package (`.zip`, `.ld`, `.tar`) under its file name; `version` when it names none, "
            + "`family` when it could be any UC Software family's (a lone combined `sip.ld`).",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = org.dialtone.api.software.SoftwareImage.class))))
    @PUT
    @Path("/{name}")
    @Consumes(MediaType.WILDCARD)
    public Response upload(@Parameter(description = "The package file name (such as UCSoftware_6.4.6_VVX.zip)") @PathParam("name") String name, @Parameter(description = "The software version, when the name gives none") @QueryParam("version") String version, @Parameter(description = "The UC Software family, when the package could be any") @QueryParam("family") String family,
                           InputStream body, @Context SecurityContext security) throws IOException {
        return created(Services.require(() -> imagesService, "software image"), name, version, family, body, security).build();
    }

    static Response.ResponseBuilder created(SoftwareImageService images, String name, String version, String family, InputStream body,
                                            SecurityContext security) throws IOException {
        return Response.status(Response.Status.CREATED).entity(images.upload(name, version, family, body, security.getUserPrincipal().getName()));
    }
}
