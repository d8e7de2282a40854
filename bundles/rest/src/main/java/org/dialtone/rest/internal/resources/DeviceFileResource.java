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
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.dialtone.api.files.DeviceFile;
import org.dialtone.api.files.DeviceFileService;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The guide's Device Files (F-DEV-7, F-PROV-5): {@code /devices/{id}/files} for one device, {@code /files} for all
 * devices (their {@code 000000000000-*} names). Directories: overrides, contacts, licenses, misc, logs, calls.
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.DEVICES)
@Tag(name = "Devices")
@Path("/devices/{id}/files")
@Produces(MediaType.APPLICATION_JSON)
@SiteScoped(device = "id")
public class DeviceFileResource {
    private static final String DIRECTORY = "The directory the device uploads to (such as logs)";
    private static final String NAME = "The file name, as the device sent it";
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceFileService filesService;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceService devicesService;

    private DeviceFileService files() {
        return Services.require(() -> filesService, "device file");
    }

    private String mac(String id) {
        org.dialtone.api.inventory.Device device = Services.require(() -> devicesService, "device").get(Params.id("id", id));
        // Files live under the identity the device provisions with.
        if (device.identity().value() == null) {
            throw new org.dialtone.api.InvalidInputException("device", "has neither a MAC address nor a serial number, so it has no files");
        }
        return device.identity().fileOwner();
    }

    @Operation(operationId = "listDeviceFiles",
            summary = "List the device's files",
            description = "The device's files; `directory` (such as logs) and `date` (2026-12-01, UTC) narrow them. Logs a "
            + "device uploads are kept per day for 10 days (`<name>_<date>.<ext>`), the plain name being the "
            + "latest.")
    @GET
    public List<DeviceFile> list(@PathParam("id") String id, @Parameter(description = "Only files in this directory (such as logs)") @QueryParam("directory") String directory, @Parameter(description = "Only files of this day (2026-12-01, UTC)") @QueryParam("date") String date) {
        java.time.LocalDate day;
        try {
            day = date == null || date.isBlank() ? null : java.time.LocalDate.parse(date.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw new org.dialtone.api.InvalidInputException("date", "must be a date such as 2026-12-01");
        }
        return files().list(mac(id)).stream().filter(f -> directory == null || directory.isBlank() || f.directory().equals(directory.strip()))
                .filter(f -> day == null || java.time.LocalDate.ofInstant(f.modifiedAt(), java.time.ZoneOffset.UTC).equals(day)).toList();
    }

    @Operation(operationId = "uploadDeviceFile",
            summary = "Upload a device file",
            description = "Uploads (replaces) a file of the device; the body is the file.")
    @PUT
    @Path("/{directory}/{name}")
    @Consumes(MediaType.WILDCARD)
    public DeviceFile upload(@PathParam("id") String id, @Parameter(description = DIRECTORY) @PathParam("directory") String directory, @Parameter(description = NAME) @PathParam("name") String name, InputStream body) {
        return files().upload(mac(id), directory, name, body);
    }

    @Operation(operationId = "downloadDeviceFile",
            summary = "Download a device file",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/octet-stream", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/{directory}/{name}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    public Response download(@PathParam("id") String id, @Parameter(description = DIRECTORY) @PathParam("directory") String directory, @Parameter(description = NAME) @PathParam("name") String name) {
        return stream(files(), mac(id), directory, name);
    }

    @Operation(operationId = "deleteDeviceFile",
            summary = "Delete a device file",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{directory}/{name}")
    public Response delete(@PathParam("id") String id, @Parameter(description = DIRECTORY) @PathParam("directory") String directory, @Parameter(description = NAME) @PathParam("name") String name) {
        files().delete(mac(id), directory, name);
        return Response.noContent().build();
    }

    static Response stream(DeviceFileService service, String mac, String directory, String name) {
        service.list(mac).stream().filter(f -> f.directory().equalsIgnoreCase(directory) && f.name().equals(name)).findFirst()
                .orElseThrow(() -> new org.dialtone.api.NotFoundException("There is no file " + directory + "/" + name));
        StreamingOutput body = out -> service.download(mac, directory, name, out);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }
}
