package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.tasks.SubTask;
import org.dialtone.api.tasks.TaskService;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** A device's task history (F-TASK-3), under the device it belongs to. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.TASKS)
@Tag(name = "Tasks")
@Path("/devices/{id}/tasks")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceTaskResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TaskService tasksService;

    @Operation(operationId = "listDeviceTaskHistory",
            summary = "The tasks that ran on a device",
            description = "A device's part in every task, newest first.")
    @GET
    @SiteScoped(device = "id")
    public Page<SubTask> history(@PathParam("id") String id, @QueryParam("offset") String offset, @QueryParam("limit") String limit) {
        return Services.require(() -> tasksService, "scheduled task").history(Params.id("id", id), Params.page(offset, limit));
    }
}
