package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import org.dialtone.api.inventory.Page;
import org.dialtone.api.tasks.NewTask;
import org.dialtone.api.tasks.SubTask;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskChange;
import org.dialtone.api.tasks.TaskQuery;
import org.dialtone.api.tasks.TaskService;
import org.dialtone.api.tasks.TaskState;
import org.dialtone.api.tasks.TaskTarget;
import org.dialtone.api.tasks.TaskType;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * The guide's Scheduled Tasks (F-TASK-1..4): list with filters by type and state, create, view with each device's
 * result, edit and delete before a task runs, cancel while it runs.
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.TASKS)
@Tag(name = "Tasks")
@Path("/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class TaskResource {
    /** A task to create; {@code runAt} absent: at once. */
    public record TaskInput(String name, String type, List<TargetInput> targets, Map<String, String> arguments, Instant runAt) {
    }

    /** {@code kind}: device, group, site (with {@code id}) or filter (with a Device Monitor query string). */
    public record TargetInput(String kind, Long id, String filter) {
    }

    /** An edit before the task runs: what is absent stays. */
    public record TaskEdit(String name, List<TargetInput> targets, Instant runAt, Long expectedVersion) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TaskService tasksService;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.inventory.DeviceService devicesService;

    private TaskService tasks() {
        return Services.require(() -> tasksService, "scheduled task");
    }

    @Operation(operationId = "listTasks",
            summary = "List scheduled tasks",
            description = "Newest first; `type` (reboot, dial, reset, set-parameters, apply-changes) and `state` (scheduled, "
            + "executing, done, cancelled).")
    @GET
    @SiteScoped
    public Page<Task> list(@Parameter(description = "Only tasks of this type", schema = @Schema(implementation = org.dialtone.api.tasks.TaskType.class)) @QueryParam("type") String type, @Parameter(description = "Only tasks in this state", schema = @Schema(implementation = org.dialtone.api.tasks.TaskState.class)) @QueryParam("state") String state, @QueryParam("offset") String offset,
                           @QueryParam("limit") String limit, @Context SecurityContext security) {
        org.dialtone.api.security.Caller caller = org.dialtone.rest.internal.CallerContext.of(security);
        return tasks().find(new TaskQuery(type == null || type.isBlank() ? null : TaskType.parse("type", type),
                Params.enumValue("state", TaskState.class, state), caller.sites().limited() ? caller.account() : null), Params.page(offset, limit));
    }

    @Operation(operationId = "createTask",
            summary = "Schedule a task",
            responses = @ApiResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = Task.class))))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @SiteScoped
    public Response create(TaskInput input, @Context SecurityContext security, @Context UriInfo uri) {
        if (input == null) {
            throw new InvalidInputException("body", "is required: {\"type\":\"reboot\",\"targets\":[{\"kind\":\"device\",\"id\":1}]}");
        }
        Task created = tasks().create(new NewTask(input.name(), TaskType.parse("type", input.type()), reached(targets(input.targets()), security),
                input.arguments(), input.runAt()), security.getUserPrincipal().getName());
        return Response.created(uri.getBaseUriBuilder().path("tasks").path(Long.toString(created.id())).build()).entity(created).build();
    }

    static List<TaskTarget> targets(List<TargetInput> inputs) {
        if (inputs == null) {
            return null;
        }
        List<TaskTarget> targets = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            TargetInput input = inputs.get(i);
            String kind = input == null || input.kind() == null ? "" : input.kind().strip().toUpperCase(Locale.ROOT).replace('-', '_').replace("DEVICE_GROUP", "GROUP");
            TaskTarget.Kind parsed;
            try {
                parsed = TaskTarget.Kind.valueOf(kind);
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("targets[" + i + "].kind", "must be device, group, site, user, user-group or filter");
            }
            try {
                targets.add(new TaskTarget(parsed, input.id(), input.filter()));
            } catch (InvalidInputException e) {
                throw new InvalidInputException(e.field().replace("targets.", "targets[" + i + "]."), e.rule());
            }
        }
        return targets;
    }

    @Operation(operationId = "getTask",
            summary = "Read a scheduled task")
    @GET
    @Path("/{id}")
    @SiteScoped
    public Task get(@PathParam("id") String id, @Context SecurityContext security) {
        return own(Params.id("id", id), security);
    }

    /**
     * A caller limited to some sites sees and changes only the tasks its account created: another account's may reach
     * devices elsewhere.
     */
    private Task own(long id, SecurityContext security) {
        Task task = tasks().get(id);
        org.dialtone.api.security.Caller caller = org.dialtone.rest.internal.CallerContext.of(security);
        if (caller.sites().limited() && !TaskQuery.createdBy(task.createdBy(), caller.account())) {
            throw new org.dialtone.api.NotFoundException("There is no task with id " + id + " among those this account created");
        }
        return task;
    }

    /** A caller limited to some sites targets devices and sites of its own: groups, users and filters reach further. */
    private List<TaskTarget> reached(List<TaskTarget> targets, SecurityContext security) {
        org.dialtone.api.security.SiteScope sites = Callers.sites(security);
        if (targets == null || !sites.limited()) {
            return targets;
        }
        for (int i = 0; i < targets.size(); i++) {
            TaskTarget target = targets.get(i);
            boolean within = switch (target.kind()) {
                case SITE -> sites.reaches(target.id());
                case DEVICE -> {
                    try {
                        yield sites.reaches(Services.require(() -> devicesService, "device").get(target.id()).siteId());
                    } catch (org.dialtone.api.NotFoundException e) {
                        yield false;
                    }
                }
                default -> throw new org.dialtone.api.ForbiddenException("targets[" + i + "]: an account limited to some sites targets its"
                        + " sites and their devices only; a " + target.kind().name().toLowerCase(Locale.ROOT).replace('_', '-')
                        + " reaches devices elsewhere: ask an administrator");
            };
            if (!within) {
                throw new InvalidInputException("targets[" + i + "].id", "names no " + target.kind().name().toLowerCase(Locale.ROOT)
                        + " among this account's sites");
            }
        }
        return targets;
    }

    @Operation(operationId = "listSubTasks",
            summary = "A task's sub-tasks, one per device",
            description = "Each device's result and, for a failure or a task that does not apply, the reason.")
    @GET
    @Path("/{id}/sub-tasks")
    @SiteScoped
    public Page<SubTask> subTasks(@PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit,
                                  @Context SecurityContext security) {
        return tasks().subTasks(own(Params.id("id", id), security).id(), Params.page(offset, limit));
    }

    @Operation(operationId = "updateTask",
            summary = "Change a scheduled task",
            description = "Rename, retarget or reschedule a task that has not executed yet.")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SiteScoped
    public Task update(@PathParam("id") String id, TaskEdit edit, @Context SecurityContext security) {
        if (edit == null) {
            throw new InvalidInputException("body", "is required: the name, targets or runAt to change");
        }
        return tasks().update(own(Params.id("id", id), security).id(), new TaskChange(edit.name(), reached(targets(edit.targets()), security),
                        edit.runAt(), edit.expectedVersion()),
                security.getUserPrincipal().getName());
    }

    @Operation(operationId = "deleteTask",
            summary = "Delete a scheduled task",
            description = "A task that is not executing; a scheduled one's changes then apply at the devices' next poll.",
            responses = @ApiResponse(responseCode = "204", description = "Done"))
    @DELETE
    @Path("/{id}")
    @SiteScoped
    public Response delete(@PathParam("id") String id, @Context SecurityContext security) {
        tasks().delete(own(Params.id("id", id), security).id(), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }

    @Operation(operationId = "cancelTask",
            summary = "Cancel a scheduled task",
            description = "Stops an executing task: devices not yet reached are cancelled, those under way finish.")
    @POST
    @Path("/{id}/cancel")
    @SiteScoped
    public Task cancel(@PathParam("id") String id, @Context SecurityContext security) {
        return tasks().cancel(own(Params.id("id", id), security).id(), security.getUserPrincipal().getName());
    }

    /** The history's first path, which a client cannot tell from {@code /{id}/cancel}; kept until 0.3 (README: Removals). */
    @GET
    @Path("/device/{deviceId}")
    @Hidden
    @Deprecated
    @SiteScoped(device = "deviceId")
    public Page<SubTask> history(@PathParam("deviceId") String deviceId, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return tasks().history(Params.id("deviceId", deviceId), Params.page(offset, limit));
    }
}
