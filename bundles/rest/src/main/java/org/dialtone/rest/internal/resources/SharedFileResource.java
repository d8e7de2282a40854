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
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import org.dialtone.api.files.DeviceFile;
import org.dialtone.api.files.DeviceFileService;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Files for all devices (F-PROV-5): their {@code 000000000000-*} names; a device's own file wins over these. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.FILES)
@Tag(name = "Files")
@Path("/files")
@Produces(MediaType.APPLICATION_JSON)
public class SharedFileResource {
    private static final String DIRECTORY = "The shared directory (such as contacts or overrides)";
    private static final String NAME = "The file name";
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceFileService filesService;

    private DeviceFileService files() {
        return Services.require(() -> filesService, "device file");
    }

    @Operation(operationId = "listSharedFiles",
            summary = "List the files for all devices")
    @GET
    public List<DeviceFile> listForAll() {
        return files().list(null);
    }

    @Operation(operationId = "uploadSharedFile",
            summary = "Upload a file for all devices",
            description = "Uploads a file for all devices, such as `000000000000-directory.xml` into contacts.")
    @PUT
    @Path("/{directory}/{name}")
    @Consumes(MediaType.WILDCARD)
    public DeviceFile uploadForAll(@Parameter(description = DIRECTORY) @PathParam("directory") String directory, @Parameter(description = NAME) @PathParam("name") String name, InputStream body) {
        return files().upload(null, directory, name, body);
    }

    @Operation(operationId = "downloadSharedFile",
            summary = "Download a file for all devices",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/{directory}/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response downloadForAll(@Parameter(description = DIRECTORY) @PathParam("directory") String directory, @Parameter(description = NAME) @PathParam("name") String name) {
        return DeviceFileResource.stream(files(), null, directory, name);
    }

    @Operation(operationId = "deleteSharedFile",
            summary = "Delete a file for all devices",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{directory}/{name}")
    public Response deleteForAll(@Parameter(description = DIRECTORY) @PathParam("directory") String directory, @Parameter(description = NAME) @PathParam("name") String name) {
        files().delete(null, directory, name);
        return Response.noContent().build();
    }

}
