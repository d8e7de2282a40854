package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
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
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.AccountService;
import org.dialtone.api.security.ApiToken;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.Role;
import org.dialtone.api.security.RoleMatrix;
import org.dialtone.rest.internal.CallerContext;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The signed-in account: its details, what its role may do, its password and its API tokens. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.OWN_ACCOUNT)
@Tag(name = "Account")
@Path("/account")
@Produces(MediaType.APPLICATION_JSON)
@SiteScoped
public class AccountResource {
    private static final String KEY = "The preference, such as devices.columns (lower case, dots and dashes)";
    /** The account, the role this request acts with (a token's may be lower), the token if one is used, and what that role may do per area. */
    public record Me(Account account, Role actingRole, String token, java.util.Map<RoleMatrix.Area, RoleMatrix.Access> access) {
    }

    public record Preference(String key, String value) {
    }

    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** {@code expiresAt} (ISO-8601) or {@code expiresInDays}; {@code role} at most the account's own, its own when left out. */
    public record TokenRequest(String label, String role, String expiresAt, Integer expiresInDays) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccountService accountService;

    private AccountService accounts() {
        return Services.require(() -> accountService, "account");
    }

    private static Caller caller(SecurityContext security) {
        Caller caller = CallerContext.of(security);
        if (caller == null) {
            throw new IllegalStateException("a request reached the account without a caller");
        }
        return caller;
    }

    /** A token cannot stand in for the password where the password is what is being vouched for. */
    private static Caller signedInWithPassword(SecurityContext security, String what) {
        Caller caller = caller(security);
        if (caller.tokenId() != null) {
            throw new InvalidInputException("Authorization", "sign in with the account's password " + what + ", not with an API token");
        }
        return caller;
    }

    @Operation(operationId = "getOwnAccount",
            summary = "The signed-in account")
    @GET
    public Me get(@Context SecurityContext security) {
        Caller caller = caller(security);
        java.util.Map<RoleMatrix.Area, RoleMatrix.Access> access = new java.util.EnumMap<>(RoleMatrix.Area.class);
        for (RoleMatrix.Area area : RoleMatrix.Area.values()) {
            access.put(area, RoleMatrix.access(caller.role(), area, caller.sites().limited()));
        }
        return new Me(accounts().byName(caller.account()), caller.role(), caller.tokenLabel(), access);
    }

    @Operation(operationId = "changeOwnPassword",
            summary = "Change the signed-in account's password",
            description = "Changes the account's own password; the current one is required. Not with a token: a token cannot "
            + "stand in for the password.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @PUT
    @Path("/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response changePassword(PasswordChange change, @Context SecurityContext security) {
        Caller caller = signedInWithPassword(security, "to change it");
        PasswordChange body = Params.body(change);
        accounts().changePassword(caller.account(), body.currentPassword(), body.newPassword());
        return Response.noContent().build();
    }

    @Operation(operationId = "getPreference",
            summary = "Read one of the account's console preferences",
            description = "A choice the account made in the console, such as `devices.columns`; its value null when it made "
            + "none.")
    @GET
    @Path("/preferences/{key}")
    public Preference preference(@Parameter(description = KEY) @PathParam("key") String key, @Context SecurityContext security) {
        return new Preference(key, accounts().preference(caller(security).account(), key).orElse(null));
    }

    @Operation(operationId = "setPreference",
            summary = "Store one of the account's console preferences",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @PUT
    @Path("/preferences/{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response setPreference(@Parameter(description = KEY) @PathParam("key") String key, Preference preference, @Context SecurityContext security) {
        accounts().setPreference(caller(security).account(), key, Params.body(preference).value());
        return Response.noContent().build();
    }

    @Operation(operationId = "listTokens",
            summary = "The account's API tokens (without their secrets)")
    @GET
    @Path("/tokens")
    public List<ApiToken> tokens(@Context SecurityContext security) {
        return accounts().tokens(caller(security).account());
    }

    @Operation(operationId = "createToken",
            summary = "Create an API token",
            description = "Creates a token for this account; its secret is in this answer only.",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = AccountService.NewToken.class))))
    @POST
    @Path("/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createToken(TokenRequest request, @Context SecurityContext security) {
        Caller caller = signedInWithPassword(security, "to create a token");
        TokenRequest body = Params.body(request);
        AccountService.NewToken created = accounts().createToken(caller.account(), body.label(), body.role(), expiry(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(operationId = "revokeToken",
            summary = "Revoke an API token",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/tokens/{id}")
    public Response revokeToken(@PathParam("id") String id, @Context SecurityContext security) {
        Caller caller = caller(security);
        accounts().revokeToken(caller.account(), Params.id("id", id), caller.actor());
        return Response.noContent().build();
    }

    private static Instant expiry(TokenRequest body) {
        if (body.expiresAt() != null && body.expiresInDays() != null) {
            throw new InvalidInputException("expiresAt", "give expiresAt or expiresInDays, not both");
        }
        if (body.expiresInDays() != null) {
            if (body.expiresInDays() < 1) {
                throw new InvalidInputException("expiresInDays", "must be 1 or more");
            }
            return Instant.now().plus(Duration.ofDays(Math.min(body.expiresInDays(), 100_000)));
        }
        if (body.expiresAt() == null) {
            return null;
        }
        try {
            return Instant.parse(body.expiresAt().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresAt", "must be a time such as 2027-03-01T00:00:00Z");
        }
    }
}
