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
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteInput;
import org.dialtone.api.inventory.SiteMatch;
import org.dialtone.api.inventory.SiteService;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Sites page (F-SITE). */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SITES)
@Tag(name = "Sites")
@Path("/sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SiteService sitesService;

    private SiteService sites() {
        return Services.require(() -> sitesService, "site");
    }

    @Operation(operationId = "listSites",
            summary = "List sites",
            description = "Sites by name; `q` searches name, description and location.")
    @GET
    @SiteScoped
    public Page<Site> list(@QueryParam("q") String q, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                           @Context SecurityContext security) {
        return sites().list(q, Params.page(offset, limit), Callers.sites(security).filter());
    }

    @Operation(operationId = "createSite",
            summary = "Create a site",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Site.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SiteInput site, @Context SecurityContext security, @Context UriInfo uri) {
        Site created = sites().create(Params.body(site), security.getUserPrincipal().getName());
        return Params.created(uri, created.id(), created);
    }

    @Operation(operationId = "getSite",
            summary = "Read a site")
    @GET
    @Path("/{id}")
    @SiteScoped(site = "id")
    public Site get(@PathParam("id") String id) {
        return sites().get(Params.id("id", id));
    }

    @Operation(operationId = "updateSite",
            summary = "Change a site",
            description = "Replaces the site; devices move to the sites they now match. Send `expectedVersion` to avoid "
            + "overwriting a concurrent edit.")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Site update(@PathParam("id") String id, SiteInput site, @Context SecurityContext security) {
        return sites().update(Params.id("id", id), Params.body(site), security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteSite",
            summary = "Delete a site",
            description = "Deletes the site; its devices move to the sites that now match them.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        sites().delete(Params.id("id", id), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "matchSite",
            summary = "Which site a device with these addresses belongs to",
            description = "Which site a device with this public (and private) address lands in, and through which subnets.")
    @GET
    @Path("/match")
    public SiteMatch match(@Parameter(description = "The public (source) address the device is seen at") @QueryParam("public") String publicIp, @Parameter(description = "The private address the device reports") @QueryParam("private") String privateIp) {
        return sites().match(publicIp, privateIp);
    }

    @Operation(operationId = "exportSites",
            summary = "Export sites as a site CSV",
            description = "Every site but Internet as a site CSV that imports back unchanged (guide: Importing Sites Using CSV "
            + "Files).",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/export")
    @Produces(Params.CSV)
    public javax.ws.rs.core.Response export(@QueryParam("separator") String separator) {
        SiteService service = sites();
        ImportSeparator sep = ImportSeparator.parse("separator", separator);
        javax.ws.rs.core.StreamingOutput body = out -> service.exportCsv(sep, out);
        return javax.ws.rs.core.Response.ok(body, Params.CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"sites.csv\"").build();
    }

    @Operation(operationId = "importSites",
            summary = "Import a site CSV",
            description = "Imports a site CSV sent as the request body. `separator` is comma, semicolon or tab (detected from "
            + "the header when absent). The answer counts the rows; `GET /imports/{id}/log` has the per-row log.")
    @POST
    @Path("/import")
    @Consumes({Params.CSV, MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    public ImportReport importCsv(InputStream body, @QueryParam("separator") String separator, @Context SecurityContext security) {
        return sites().importCsv(Params.upload(body), ImportSeparator.parse("separator", separator), security.getUserPrincipal().getName());
    }
}
