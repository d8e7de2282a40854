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
import java.util.ArrayList;
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
import javax.ws.rs.core.StreamingOutput;
import javax.ws.rs.core.UriInfo;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileInput;
import org.dialtone.api.profiles.ProfileQuery;
import org.dialtone.api.profiles.ProfileService;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Profile Configuration page (F-PROF). */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.PROFILES)
@Tag(name = "Profiles")
@Path("/profiles")
@Produces(MediaType.APPLICATION_JSON)
public class ProfileResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProfileService profilesService;

    public record CopyRequest(String name) {
    }

    private ProfileService profiles() {
        return Services.require(() -> profilesService, "profile");
    }

    @Operation(operationId = "listProfiles",
            summary = "List configuration profiles",
            description = "Profiles by name; `type`: standard, template, user_defined, user_imported, software; `order`: asc, "
            + "desc.")
    @GET
    @SiteScoped
    public Page<Profile> list(@QueryParam("q") String q, @Parameter(description = "Only profiles of this type", schema = @Schema(implementation = org.dialtone.api.profiles.ProfileType.class)) @QueryParam("type") String type, @QueryParam("order") String order,
                              @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return profiles().list(new ProfileQuery(q, Params.enumValue("type", ProfileType.class, type), Params.descending(order)),
                Params.page(offset, limit));
    }

    @Operation(operationId = "createProfile",
            summary = "Create a configuration profile",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Profile.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ProfileInput profile, @Context SecurityContext security, @Context UriInfo uri) {
        Profile created = profiles().create(Params.body(profile), security.getUserPrincipal().getName());
        return Params.created(uri, created.id(), created);
    }

    @Operation(operationId = "getProfile",
            summary = "Read a configuration profile")
    @GET
    @Path("/{id}")
    @SiteScoped
    public Profile get(@PathParam("id") String id) {
        return profiles().get(Params.id("id", id));
    }

    @Operation(operationId = "updateProfile",
            summary = "Change a configuration profile",
            description = "Replaces a user-defined (or csv) profile's name, description, software and parameters. Answers the "
            + "devices it reaches; `apply` (now, scheduled with `applyAt`, next-poll) is recorded.")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ChangeResult update(@PathParam("id") String id, ProfileInput profile, @QueryParam("apply") String apply,
                               @QueryParam("applyAt") String applyAt, @Context SecurityContext security) {
        return profiles().update(Params.id("id", id), Params.body(profile), Params.apply(apply, applyAt), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteProfile",
            summary = "Delete a configuration profile",
            description = "Deletes a user-defined or csv profile with all its associations; answers the devices that lose it.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    public ChangeResult delete(@PathParam("id") String id, @QueryParam("apply") String apply, @QueryParam("applyAt") String applyAt,
                               @Context SecurityContext security) {
        return profiles().delete(Params.id("id", id), Params.apply(apply, applyAt), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "copyProfile",
            summary = "Copy a configuration profile",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Profile.class))))
    @POST
    @Path("/{id}/copy")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response copy(@PathParam("id") String id, CopyRequest request, @Context SecurityContext security, @Context UriInfo uri) {
        Profile copy = profiles().copy(Params.id("id", id), Params.body(request).name(), security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("profiles").path(Long.toString(copy.id())).build()).entity(copy).build();
    }

    @Operation(operationId = "createProfileFromConfig",
            summary = "Create a profile from a device configuration file",
            description = "Creates a user-defined profile from a Polycom .cfg/.xml file sent as the body.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Profile.class))))
    @POST
    @Path("/import-config")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public Response createFromConfig(InputStream body, @Parameter(description = "The new profile's name; the file's when absent") @QueryParam("name") String name, @Parameter(description = "The new profile's description") @QueryParam("description") String description,
                                     @Context SecurityContext security, @Context UriInfo uri) {
        Profile created = profiles().createFromConfigFile(name, description, Params.upload(body), security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("profiles").path(Long.toString(created.id())).build()).entity(created).build();
    }

    @Operation(operationId = "addConfigToProfile",
            summary = "Add a device configuration file's attributes to a profile",
            description = "Adds the parameters of a .cfg/.xml file to a profile; where both set a parameter the file wins.")
    @POST
    @Path("/{id}/import-config")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public ChangeResult addConfig(@PathParam("id") String id, InputStream body, @QueryParam("apply") String apply,
                                  @QueryParam("applyAt") String applyAt, @Context SecurityContext security) {
        return profiles().addConfigFile(Params.id("id", id), Params.upload(body), Params.apply(apply, applyAt), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "parseConfig",
            summary = "Read a device configuration file into profile attributes without saving it",
            description = "The parameters a .cfg/.xml file sets, without storing anything (the guide's \"Paste Configuration "
            + "XML\").")
    @POST
    @Path("/parse-config")
    @Guarded(value = RoleMatrix.Area.PROFILES, reads = true)
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    public List<ProfileAttribute> parse(InputStream body) {
        return profiles().readConfigFile(Params.upload(body));
    }

    @Operation(operationId = "exportProfiles",
            summary = "Export configuration profiles as a ZIP of .cfg files",
            description = "User-defined profiles as a ZIP of .cfg files: those in `ids` (comma-separated), or all.",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/export")
    @Produces("application/zip")
    public Response export(@Parameter(description = "Comma-separated profile ids; all user-defined profiles when absent") @QueryParam("ids") String ids) {
        ProfileService service = profiles();
        List<Long> selected = new ArrayList<>();
        if (ids != null && !ids.isBlank()) {
            for (String id : ids.split(",")) {
                selected.add(Params.id("ids", id));
            }
        }
        StreamingOutput body = out -> service.exportZip(selected, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"profiles.zip\"").build();
    }

    @Operation(operationId = "importProfiles",
            summary = "Import configuration profiles from a ZIP of .cfg files",
            description = "Creates a user-defined profile per .cfg file of a ZIP (as exported); `overwrite=true` replaces "
            + "same-named ones.")
    @POST
    @Path("/import")
    @Consumes({"application/zip", "application/x-zip-compressed", MediaType.APPLICATION_OCTET_STREAM})
    public List<Profile> importZip(InputStream body, @Parameter(description = "true to replace profiles of the same name") @QueryParam("overwrite") String overwrite, @Context SecurityContext security) {
        if (overwrite != null && !overwrite.isBlank() && !overwrite.equalsIgnoreCase("true") && !overwrite.equalsIgnoreCase("false")) {
            throw new InvalidInputException("overwrite", "must be true or false");
        }
        return profiles().importZip(Params.upload(body), "true".equalsIgnoreCase(overwrite), security.getUserPrincipal().getName());
    }
}
