package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
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
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import javax.ws.rs.core.UriInfo;
import org.dialtone.api.profiles.DirectoryService;
import org.dialtone.api.profiles.DirectoryUser;
import org.dialtone.api.profiles.UserGroup;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * User groups, users and rooms (F-DEPLOY-3): deployment containers for the devices users own. Assign profiles
 * to them under {@code /deployment/user/{id}} and {@code /deployment/user-group/{id}}.
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.DEPLOYMENT)
@Tag(name = "Directory")
@Path("/directory")
@Produces(MediaType.APPLICATION_JSON)
public class DirectoryResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile DirectoryService directoryService;

    public record NewEntry(String name, Boolean room) {
    }

    public record Ids(List<Long> groupIds, List<Long> deviceIds) {
    }

    private DirectoryService directory() {
        return Services.require(() -> directoryService, "directory");
    }

    @Operation(operationId = "listUserGroups",
            summary = "List user groups")
    @GET
    @Path("/user-groups")
    public List<UserGroup> userGroups() {
        return directory().userGroups();
    }

    @Operation(operationId = "createUserGroup",
            summary = "Create a user group",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = UserGroup.class))))
    @POST
    @Path("/user-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addUserGroup(NewEntry entry, @Context SecurityContext security, @Context UriInfo uri) {
        UserGroup group = directory().addUserGroup(Params.body(entry).name(), security.getUserPrincipal().getName());
        return Params.created(uri, group.id(), group);
    }

    @Operation(operationId = "deleteUserGroup",
            summary = "Delete a user group",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/user-groups/{id}")
    public Response deleteUserGroup(@PathParam("id") String id, @Context SecurityContext security) {
        directory().deleteUserGroup(Params.id("id", id), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "listUsers",
            summary = "List users")
    @GET
    @Path("/users")
    public List<DirectoryUser> users() {
        return directory().users();
    }

    @Operation(operationId = "createUser",
            summary = "Create a user",
            description = "Adds a user, or a room with `\"room\": true`.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = DirectoryUser.class))))
    @POST
    @Path("/users")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addUser(NewEntry entry, @Context SecurityContext security, @Context UriInfo uri) {
        DirectoryUser user = directory().addUser(Params.body(entry).name(), Boolean.TRUE.equals(entry.room()), security.getUserPrincipal().getName());
        return Params.created(uri, user.id(), user);
    }

    @Operation(operationId = "getUser",
            summary = "Read a user")
    @GET
    @Path("/users/{id}")
    public DirectoryUser user(@PathParam("id") String id) {
        return directory().user(Params.id("id", id));
    }

    @Operation(operationId = "deleteUser",
            summary = "Delete a user",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/users/{id}")
    public Response deleteUser(@PathParam("id") String id, @Context SecurityContext security) {
        directory().deleteUser(Params.id("id", id), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "setUserGroupsOfUser",
            summary = "Set the user groups a user is in",
            description = "The user's groups; the order of `groupIds` is their priority for this user's devices.")
    @PUT
    @Path("/users/{id}/user-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryUser setUserGroups(@PathParam("id") String id, Ids body, @Context SecurityContext security) {
        return directory().setUserGroups(Params.id("id", id), Params.body(body).groupIds(), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "setUserDevices",
            summary = "Set the devices assigned to a user",
            description = "The devices the user or room owns.")
    @PUT
    @Path("/users/{id}/devices")
    @Consumes(MediaType.APPLICATION_JSON)
    public DirectoryUser setDevices(@PathParam("id") String id, Ids body, @Context SecurityContext security) {
        return directory().setDevices(Params.id("id", id), Params.body(body).deviceIds(), security.getUserPrincipal().getName());
    }
}
