package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import java.util.List;
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
import javax.ws.rs.core.UriInfo;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceGroupInput;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Device Groups page (F-GRP). */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.GROUPS)
@Tag(name = "Device groups")
@Path("/device-groups")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceGroupResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DeviceGroupService groupsService;

    /** Devices to add to and remove from a group, by id. */
    public record MemberChange(List<Long> add, List<Long> remove) {
    }

    public record GroupIds(List<Long> groupIds) {
    }

    private DeviceGroupService groups() {
        return Services.require(() -> groupsService, "device group");
    }

    @Operation(operationId = "listDeviceGroups",
            summary = "List device groups")
    @GET
    @SiteScoped
    public Page<DeviceGroup> list(@QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return groups().list(q, Params.page(offset, limit));
    }

    @Operation(operationId = "createDeviceGroup",
            summary = "Create a device group",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DeviceGroup.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DeviceGroupInput group, @Context SecurityContext security, @Context UriInfo uri) {
        DeviceGroup created = groups().create(Params.body(group), security.getUserPrincipal().getName());
        return Params.created(uri, created.id(), created);
    }

    @Operation(operationId = "getDefaultDeviceGroups",
            summary = "The device groups new devices join",
            description = "The default groups auto-added devices join, in priority order.")
    @GET
    @Path("/defaults")
    public List<DeviceGroup> defaults() {
        return groups().defaultGroups();
    }

    @Operation(operationId = "setDefaultDeviceGroups",
            summary = "Set the device groups new devices join")
    @PUT
    @Path("/defaults")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<DeviceGroup> setDefaults(GroupIds body, @Context SecurityContext security) {
        if (Params.body(body).groupIds() == null) {
            throw new InvalidInputException("groupIds", "is required: the default group ids in priority order (empty for none)");
        }
        return groups().setDefaultGroups(body.groupIds(), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "getDeviceGroup",
            summary = "Read a device group")
    @GET
    @Path("/{id}")
    @SiteScoped
    public DeviceGroup get(@PathParam("id") String id) {
        return groups().get(Params.id("id", id));
    }

    @Operation(operationId = "updateDeviceGroup",
            summary = "Change a device group")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DeviceGroup update(@PathParam("id") String id, DeviceGroupInput group, @Context SecurityContext security) {
        return groups().update(Params.id("id", id), Params.body(group), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteDeviceGroup",
            summary = "Delete a device group",
            description = "Deletes the group and its associations; the devices stay.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        groups().delete(Params.id("id", id), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "listDeviceGroupMembers",
            summary = "The devices in a device group")
    @GET
    @Path("/{id}/devices")
    public Page<Device> members(@PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return groups().members(Params.id("id", id), Params.page(offset, limit));
    }

    @Operation(operationId = "changeDeviceGroupMembers",
            summary = "Add devices to or remove them from a static device group",
            description = "Adds the devices in `add` (each at the lowest priority of its groups) and removes those in `remove`.")
    @POST
    @Path("/{id}/devices")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeResult changeMembers(@PathParam("id") String id, MemberChange change, @QueryParam("apply") String apply,
                                      @QueryParam("applyAt") String applyAt, @Context SecurityContext security) {
        return groups().changeMembers(Params.id("id", id), Params.body(change).add(), change.remove(), Params.apply(apply, applyAt),
                security.getUserPrincipal().getName());
    }

    @Operation(operationId = "makeDeviceGroupTopPriority",
            summary = "Give a device group the highest priority",
            description = "Makes this group the highest-priority group of every device in it.")
    @POST
    @Path("/{id}/top-priority")
    public ChangeResult topPriority(@PathParam("id") String id, @QueryParam("apply") String apply, @QueryParam("applyAt") String applyAt,
                                    @Context SecurityContext security) {
        return groups().setTopPriority(Params.id("id", id), Params.apply(apply, applyAt), security.getUserPrincipal().getName());
    }
}
