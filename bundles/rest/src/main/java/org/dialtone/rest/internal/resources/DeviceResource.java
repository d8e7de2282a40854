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
import javax.ws.rs.BeanParam;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
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
import javax.ws.rs.core.UriInfo;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceChange;
import org.dialtone.api.inventory.DeviceDraft;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.DeviceSummary;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.api.inventory.Page;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.Problem;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Device Monitor (F-DEV-1..5). */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.DEVICES)
@Tag(name = "Devices")
@Path("/devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceService devicesService;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.provisioning.DeviceAccounts accountsService;

    public record GroupIds(List<Long> groupIds) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.tasks.TaskService tasksService;

    private org.dialtone.api.tasks.TaskService tasks() {
        return Services.require(() -> tasksService, "scheduled task");
    }

    @Operation(operationId = "runDeviceAction",
            summary = "Run a device control action now",
            description = "A device control at once (the guide's More menu): `reboot`, `reset` (`{\"kind\":\"factory\"}`), `dial` "
            + "(`{\"destination\":\"1234\",\"line\":\"1\",\"type\":\"SIP\"}`) or `set-parameters` (names and values); answers "
            + "the task it created, whose sub task tells how it went.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = org.dialtone.api.tasks.Task.class))))
    @POST
    @Path("/{id}/actions/{action}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SiteScoped(device = "id")
    public Response act(@PathParam("id") String id, @Parameter(description = "What the device is to do", schema = @Schema(implementation = org.dialtone.api.tasks.TaskType.class)) @PathParam("action") String action, java.util.Map<String, String> arguments,
                        @Context SecurityContext security, @Context UriInfo uri) {
        org.dialtone.api.tasks.TaskType type = org.dialtone.api.tasks.TaskType.parse("action", action);
        if (type == org.dialtone.api.tasks.TaskType.APPLY_CHANGES) {
            throw new InvalidInputException("action", "apply-changes is not a device control; use reboot, reset, dial or set-parameters");
        }
        org.dialtone.api.tasks.Task task = tasks().create(new org.dialtone.api.tasks.NewTask(null, type,
                List.of(org.dialtone.api.tasks.TaskTarget.device(Params.id("id", id))), arguments, null), security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("tasks").path(Long.toString(task.id())).build()).entity(task).build();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.tasks.DeviceControl controlService;

    private org.dialtone.api.tasks.DeviceControl control() {
        return Services.require(() -> controlService, "device control");
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.monitoring.DeviceMonitoring monitoringService;

    private org.dialtone.api.monitoring.DeviceMonitoring monitoring() {
        return Services.require(() -> monitoringService, "device status");
    }

    @Operation(operationId = "getDeviceStatus",
            summary = "The device's status",
            description = "The device's status (guide: Device Status, View Device Details): online, SIP registration over its "
            + "lines, call status, each line, uptime and last restart, the licence status, what its driver says of "
            + "the model, the latest online/offline changes and where the status came from.")
    @GET
    @Path("/{id}/status")
    @SiteScoped(device = "id")
    public org.dialtone.api.monitoring.DeviceState status(@PathParam("id") String id) {
        return monitoring().state(Params.id("id", id));
    }

    @Operation(operationId = "refreshDeviceStatus",
            summary = "Poll the device's status now",
            description = "Polls the device now through its REST API and answers its status; `pollResult` says how the poll "
            + "went.")
    @POST
    @Path("/{id}/status/refresh")
    @SiteScoped(device = "id")
    public org.dialtone.api.monitoring.DeviceState refreshStatus(@PathParam("id") String id) {
        return monitoring().refresh(Params.id("id", id));
    }

    @Operation(operationId = "refreshDevices",
            summary = "Make the matching devices due a status poll now",
            description = "Makes every device the filters match (those of `GET /devices`) due for a status poll now; answers "
            + "how many.")
    @POST
    @Path("/refresh")
    @SiteScoped
    public java.util.Map<String, Integer> refresh(@BeanParam DeviceFilterParams filter, @Context SecurityContext security) {
        return java.util.Map.of("due", monitoring().refresh(filter.query(null, null).within(Callers.sites(security).filter())));
    }

    @Operation(operationId = "getDeviceParameters",
            summary = "Read configuration parameters live from the device",
            description = "Up to 20 parameters' values read from the device now (`names`: comma separated), with where the "
            + "device has each from.")
    @GET
    @Path("/{id}/parameters")
    @SiteScoped(device = "id")
    public java.util.Map<String, org.dialtone.api.tasks.DeviceControl.ParameterValue> parameters(@PathParam("id") String id,
                                                                                              @Parameter(description = "Comma-separated parameter names, at most 20") @QueryParam("names") String names) {
        return control().parameters(Params.id("id", id),
                names == null || names.isBlank() ? List.of() : List.of(names.split(",")));
    }

    @Operation(operationId = "captureDeviceScreen",
            summary = "Capture the device's screen into a device file",
            description = "The device's current screen, kept as a PNG among its logs; answers the file, downloadable from its "
            + "files.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = org.dialtone.api.files.DeviceFile.class))))
    @POST
    @Path("/{id}/screen-capture")
    @SiteScoped(device = "id")
    public Response captureScreen(@PathParam("id") String id, @Context SecurityContext security, @Context UriInfo uri) {
        long device = Params.id("id", id);
        return fileCreated(uri, device, control().captureScreen(device, security.getUserPrincipal().getName()));
    }

    @Operation(operationId = "readDeviceConfiguration",
            summary = "Read a configuration from the device into a device file",
            description = "The guide's Get Device Configuration: `kind` config-files, local, web, device (device settings) or "
            + "all (all but device settings), read from the device now and kept among its logs; answers the file, "
            + "downloadable from its files.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = org.dialtone.api.files.DeviceFile.class))))
    @POST
    @Path("/{id}/configurations")
    @SiteScoped(device = "id")
    public Response readConfiguration(@PathParam("id") String id, @Parameter(description = "Which configuration: config-files, local, web, device (its device settings) or all (all but device settings)") @QueryParam("kind") String kind, @Context SecurityContext security,
                                      @Context UriInfo uri) {
        long device = Params.id("id", id);
        return fileCreated(uri, device, control().configuration(device, kind,
                security.getUserPrincipal().getName()));
    }

    /** A file the device gave now, kept among its files: 201 with where to download it. */
    private static Response fileCreated(UriInfo uri, long device, org.dialtone.api.files.DeviceFile file) {
        return Response.created(uri.getBaseUriBuilder().path("devices").path(Long.toString(device)).path("files").path(file.directory())
                .path(file.name()).build()).entity(file).build();
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.tasks.PacketCaptures capturesService;

    private org.dialtone.api.tasks.PacketCaptures captures() {
        return Services.require(() -> capturesService, "packet capture");
    }

    @Operation(operationId = "startPacketCapture",
            summary = "Start a packet capture on the device",
            description = "The guide's Capture Packet: `filter` (Wireshark syntax; none: all), `sizeMb` (1 to 10) and `minutes` "
            + "(1 to 2880) it stops at; the device needs `diags.pcap.enabled=1` first. Its file arrives among the "
            + "logs.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = org.dialtone.api.tasks.PacketCapture.class))))
    @POST
    @Path("/{id}/packet-captures")
    @Consumes(MediaType.APPLICATION_JSON)
    @SiteScoped(device = "id")
    public Response startCapture(@PathParam("id") String id, org.dialtone.api.tasks.NewPacketCapture capture, @Context SecurityContext security,
                                 @Context UriInfo uri) {
        long device = Params.id("id", id);
        org.dialtone.api.tasks.PacketCapture started = captures().start(device,
                capture == null ? new org.dialtone.api.tasks.NewPacketCapture(null, null, null) : capture, security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("devices").path(Long.toString(device)).path("packet-captures").build()).entity(started).build();
    }

    @Operation(operationId = "listPacketCaptures",
            summary = "The device's packet captures",
            description = "The device's latest packet captures, newest first: state, limits, who started it, the file kept.")
    @GET
    @Path("/{id}/packet-captures")
    @SiteScoped(device = "id")
    public List<org.dialtone.api.tasks.PacketCapture> captures(@PathParam("id") String id) {
        return captures().recent(Params.id("id", id));
    }

    @Operation(operationId = "stopPacketCapture",
            summary = "Stop the device's packet capture and keep the file",
            description = "Stops the capture under way and keeps its file (the device sends it).")
    @POST
    @Path("/{id}/packet-captures/stop")
    @SiteScoped(device = "id")
    public org.dialtone.api.tasks.PacketCapture stopCapture(@PathParam("id") String id, @Context SecurityContext security) {
        return captures().stop(Params.id("id", id), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "cancelPacketCapture",
            summary = "Cancel the device's running packet capture",
            description = "Cancels the capture under way: no file is kept.")
    @POST
    @Path("/{id}/packet-captures/cancel")
    @SiteScoped(device = "id")
    public org.dialtone.api.tasks.PacketCapture cancelCapture(@PathParam("id") String id, @Context SecurityContext security) {
        return captures().cancel(Params.id("id", id), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "acceptNewDeviceCertificate",
            summary = "Forget the device's pinned REST API certificate",
            description = "Accepts the next certificate the device's REST API presents (it was replaced), instead of refusing a "
            + "changed one.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}/api-certificate")
    @SiteScoped(device = "id")
    public Response acceptNewCertificate(@PathParam("id") String id, @Context SecurityContext security) {
        boolean forgotten = tasks().acceptNewDeviceCertificate(Params.id("id", id), security.getUserPrincipal().getName());
        return forgotten ? Response.noContent().build() : Response.status(404).type(Problem.MEDIA_TYPE)
                .entity(Problem.notFound("No certificate is pinned for device " + id + " yet: the first one it presents will be")).build();
    }

    private DeviceService devices() {
        return Services.require(() -> devicesService, "device");
    }

    @Operation(operationId = "findDevices",
            summary = "Search and page the device inventory",
            description = "A page of the devices that match every filter given, in the order `sort` and `order` ask for.")
    @GET
    @SiteScoped
    public Page<Device> find(@BeanParam DeviceFilterParams filter,
                             @Parameter(description = "Whether the device runs the software it was told to",
                                     schema = @Schema(implementation = org.dialtone.api.software.SoftwareState.class)) @QueryParam("software") String software,
                             @Parameter(description = "Only devices told to run this software image") @QueryParam("softwareImageId") String softwareImageId,
                             @Parameter(description = "The column to sort by", schema = @Schema(implementation = org.dialtone.api.inventory.DeviceSort.class)) @QueryParam("sort") String sort,
                             @QueryParam("order") String order, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                             @Context SecurityContext security) {
        DeviceQuery query = filter.query(sort, order);
        return devices().find(new DeviceQuery(query.search(), query.type(), query.model(), query.siteId(), query.groupId(), query.status(),
                query.sort(), query.descending(), SoftwareState.parse("software", software), Params.id("softwareImageId", softwareImageId),
                query.registration(), query.callStatus(), Callers.sites(security).filter()), Params.page(offset, limit));
    }

    @Operation(operationId = "createDevice",
            summary = "Add a device",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Device.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DeviceDraft draft, @Context SecurityContext security, @Context UriInfo uri) {
        Device created = devices().create(Params.body(draft), security.getUserPrincipal().getName());
        return Params.created(uri, created.id(), created);
    }

    @Operation(operationId = "getDevice",
            summary = "Read a device")
    @GET
    @Path("/{id}")
    @SiteScoped(device = "id")
    public Device get(@PathParam("id") String id) {
        return devices().get(Params.id("id", id));
    }

    @Operation(operationId = "updateDevice",
            summary = "Change a device",
            description = "Edits name, private IP and description; absent fields stay, an empty string clears.")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SiteScoped(device = "id")
    public Device update(@PathParam("id") String id, DeviceChange change, @Context SecurityContext security) {
        return devices().update(Params.id("id", id), Params.body(change), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteDevice",
            summary = "Delete a device",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    @SiteScoped(device = "id")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        devices().delete(Params.id("id", id), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "resetDeviceProvisioningAccount",
            summary = "Reset the device's own provisioning account",
            description = "Forgets the device's own provisioning account (a device reset to factory settings has lost it): the "
            + "shared account admits the device again, and its next configuration gives it a new one.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}/provisioning-account")
    @SiteScoped(device = "id")
    public Response resetProvisioningAccount(@PathParam("id") String id, @Context SecurityContext security) {
        org.dialtone.api.inventory.Device device = devices().get(Params.id("id", id));
        Services.require(() -> accountsService, "device account").reset(device.id(), device.identity(), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "getDeviceGroupsOfDevice",
            summary = "The static device groups the device is in",
            description = "The device's groups, highest priority first.")
    @GET
    @Path("/{id}/groups")
    @SiteScoped(device = "id")
    public List<DeviceGroup> groups(@PathParam("id") String id) {
        return devices().groupsOf(Params.id("id", id));
    }

    @Operation(operationId = "setDeviceGroupsOfDevice",
            summary = "Set the static device groups the device is in",
            description = "Replaces the device's groups; the order of `groupIds` is their priority for this device.")
    @PUT
    @Path("/{id}/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DeviceGroup> setGroups(@PathParam("id") String id, GroupIds body, @Context SecurityContext security) {
        if (Params.body(body).groupIds() == null) {
            throw new InvalidInputException("groupIds", "is required: the device's group ids in priority order");
        }
        return devices().setGroups(Params.id("id", id), body.groupIds(), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "getDeviceAttributes",
            summary = "The device's own configuration attributes",
            description = "The device's csv profile parameters.")
    @GET
    @Path("/{id}/attributes")
    @SiteScoped(device = "id")
    public List<DeviceAttribute> attributes(@PathParam("id") String id) {
        return devices().attributes(Params.id("id", id));
    }

    @Operation(operationId = "importDevices",
            summary = "Import a device CSV",
            description = "Imports a device CSV sent as the request body. `updateExisting`: off (existing devices are ignored), "
            + "overwrite or merge; `separator`: comma, semicolon or tab (detected when absent).")
    @POST
    @Path("/import")
    @Consumes({Params.CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    public ImportReport importCsv(InputStream body, @QueryParam("separator") String separator,
                                  @Parameter(description = "What becomes of devices that exist: off leaves them, overwrite makes them what the row says, merge adds the row's values", schema = @Schema(allowableValues = {"off", "overwrite", "merge"}, defaultValue = "off")) @QueryParam("updateExisting") String updateExisting, @Context SecurityContext security) {
        DeviceImportMode mode = DeviceImportMode.parse(updateExisting);
        return devices().importCsv(Params.upload(body), ImportSeparator.parse("separator", separator), mode,
                security.getUserPrincipal().getName());
    }

    @Operation(operationId = "summarizeDevices",
            summary = "Counts of devices by status, model, software and site",
            description = "The service dashboard's figures: devices and how many are online, by type, model and the `top` (1 to "
            + "50, default 10) largest sites and device groups.")
    @GET
    @Path("/summary")
    public DeviceSummary summary(@Parameter(description = "How many models, software versions and sites to name (1 to 50)") @QueryParam("top") String top) {
        Integer count = Params.integer("top", top);
        if (count != null && (count < 1 || count > 50)) {
            throw new InvalidInputException("top", "must be between 1 and 50");
        }
        return devices().summary(count == null ? 10 : count);
    }

    @Operation(operationId = "exportDevices",
            summary = "Export devices as a device CSV",
            description = "The devices the filters match, with their csv profiles, as a CSV that imports back unchanged.",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/export")
    @Produces(Params.CSV)
    @SiteScoped
    public Response export(@BeanParam DeviceFilterParams filter, @QueryParam("separator") String separator, @Context SecurityContext security) {
        DeviceService service = devices();
        DeviceQuery query = filter.query(null, null).within(Callers.sites(security).filter());
        ImportSeparator sep = ImportSeparator.parse("separator", separator);
        StreamingOutput body = out -> service.exportCsv(query, sep, out);
        return Response.ok(body, Params.CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"devices.csv\"").build();
    }
}
