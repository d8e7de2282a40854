package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.activity.ActivityLog;
import org.dialtone.api.activity.ActivityWeek;
import org.dialtone.api.inventory.Page;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The activity log (guide: Download Activity Logs): every admin write, newest first, and each kept week as a ZIP. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.ACTIVITY)
@Tag(name = "Activity")
@Path("/activity")
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ActivityLog logService;

    private ActivityLog log() {
        return Services.require(() -> logService, "activity log");
    }

    @Operation(operationId = "findActivity",
            summary = "Search the activity log",
            description = "Writes newest first; `actor`, `from` and `to` (ISO instants, to exclusive) narrow them.")
    @GET
    public Page<Activity> find(@Parameter(description = "Only changes by this account (or token, as the log names it)") @QueryParam("actor") String actor, @Parameter(description = "Only changes at or after this instant (ISO-8601)") @QueryParam("from") String from, @Parameter(description = "Only changes before this instant (ISO-8601)") @QueryParam("to") String to,
                               @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return log().find(actor, instant("from", from), instant("to", to), Params.page(offset, limit));
    }

    @Operation(operationId = "listActivityWeeks",
            summary = "The weeks the activity log holds",
            description = "The weeks kept (Monday to Sunday, UTC), newest first, with how many writes each holds.")
    @GET
    @Path("/weeks")
    public List<ActivityWeek> weeks() {
        return log().weeks();
    }

    @Operation(operationId = "downloadActivityWeek",
            summary = "Download a week of the activity log",
            description = "One week as `activity-<monday>.csv` in a ZIP; `monday` as 2026-11-30.",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "application/zip", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Path("/weeks/{monday}")
    @Produces("application/zip")
    public Response week(@Parameter(description = "The week, by its Monday (2026-11-30)") @PathParam("monday") String monday) {
        LocalDate start;
        try {
            start = LocalDate.parse(monday.replaceFirst("\\.zip$", ""));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("monday", "must be a date such as 2026-11-30 (the Monday a week starts on)");
        }
        ActivityLog service = log();
        if (start.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
            throw new InvalidInputException("monday", "must be the Monday a week starts on, such as "
                    + start.with(java.time.temporal.TemporalAdjusters.previousOrSame(java.time.DayOfWeek.MONDAY)));
        }
        StreamingOutput body = out -> service.exportWeek(start, out);
        return Response.ok(body, "application/zip").header("Content-Disposition", "attachment; filename=\"activity-" + start + ".zip\"").build();
    }

    private static Instant instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO instant such as 2026-12-01T00:00:00Z");
        }
    }
}
