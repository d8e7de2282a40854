package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.dialtone.api.inventory.ImportLogService;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** Results of CSV imports and their downloadable per-row logs. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.DEVICES)
@Tag(name = "Imports")
@Path("/imports")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ImportLogService logsService;

    @Operation(operationId = "getImport",
            summary = "Read an import's report")
    @GET
    @Path("/{id}")
    public ImportReport get(@PathParam("id") String id) {
        return Services.require(() -> logsService, "import log").report(Params.id("id", id));
    }

    @Operation(operationId = "downloadImportLog",
            summary = "Download an import's per-row log",
            description = "The per-row log as CSV: line, result, message.",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/{id}/log")
    @Produces(Params.CSV)
    public Response log(@PathParam("id") String id) {
        ImportLogService service = Services.require(() -> logsService, "import log");
        long reportId = Params.id("id", id);
        service.report(reportId);
        StreamingOutput body = out -> service.writeLog(reportId, out);
        return Response.ok(body, Params.CSV + "; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"import-" + reportId + "-log.csv\"").build();
    }
}
