package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
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
import org.dialtone.api.inventory.Page;
import org.dialtone.api.security.Account;
import org.dialtone.api.security.AccountInput;
import org.dialtone.api.security.AccountService;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The admins' list of accounts (F-ADMIN-1): who may sign in, with which role. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.ACCOUNTS)
@Tag(name = "Accounts")
@Path("/accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AccountService accountService;

    private AccountService accounts() {
        return Services.require(() -> accountService, "account");
    }

    @Operation(operationId = "listAccounts",
            summary = "List accounts",
            description = "Accounts by name; `q` searches name, full name and e-mail.")
    @GET
    public Page<Account> list(@QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return accounts().list(q, Params.page(offset, limit));
    }

    @Operation(operationId = "createAccount",
            summary = "Create an account",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Account.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(AccountInput account, @Context SecurityContext security, @Context UriInfo uri) {
        Account created = accounts().create(Params.body(account), security.getUserPrincipal().getName());
        return Params.created(uri, created.id(), created);
    }

    @Operation(operationId = "getAccount",
            summary = "Read an account")
    @GET
    @Path("/{id}")
    public Account get(@PathParam("id") String id) {
        return accounts().get(Params.id("id", id));
    }

    @Operation(operationId = "updateAccount",
            summary = "Change an account's role, sites or password",
            description = "Changes the account; a field left out keeps its value (`password` too). Send `expectedVersion` to "
            + "avoid overwriting a concurrent edit.")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Account update(@PathParam("id") String id, AccountInput account, @Context SecurityContext security) {
        return accounts().update(Params.id("id", id), Params.body(account), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteAccount",
            summary = "Delete an account",
            description = "Deletes the account and its tokens; the last enabled admin stays.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        accounts().delete(Params.id("id", id), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
