package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.api.security.RoleMatrix;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.inventory.DeviceModelInfo;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.inventory.DeviceTypes;
import org.dialtone.rest.internal.RestArea;
import org.dialtone.rest.internal.Services;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/** The device types and models of the drivers installed now: what adding a device or deploying to a model accepts. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.DEVICES)
@Tag(name = "Device types")
@Path("/device-types")
@Produces(MediaType.APPLICATION_JSON)
@SiteScoped
public class DeviceTypeResource {
    /** A type with its models ({@code model} is the name devices report and the model container takes). */
    public record TypeWithModels(String family, String label, boolean serialIdentified, List<DeviceModelInfo> models) {
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile DeviceTypes types;

    @Operation(operationId = "listDeviceTypes",
            summary = "The device types and models the drivers provision")
    @GET
    public List<TypeWithModels> list() {
        DeviceTypes current = Services.require(() -> types, "device type");
        List<DeviceModelInfo> models = current.models();
        return current.all().stream().map((DeviceType t) -> new TypeWithModels(t.family(), t.label(), t.serialIdentified(),
                models.stream().filter(m -> m.family().equals(t.family()) && m.type().equals(t.label())).toList())).toList();
    }
}
