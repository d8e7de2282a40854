package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.provisioning.ProvisioningSettings;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.dialtone.api.provisioning.ProvisioningSettingsUpdate;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Provisioning Settings page (F-PROV-6, F-PROV-7). */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SETTINGS)
@Tag(name = "Provisioning")
@Path("/provisioning/settings")
@Produces(MediaType.APPLICATION_JSON)
public class ProvisioningSettingsResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProvisioningSettingsService settingsService;

    @Operation(operationId = "getProvisioningSettings",
            summary = "The provisioning server's settings")
    @GET
    public ProvisioningSettings get() {
        return Services.require(() -> settingsService, "provisioning settings").get();
    }

    @Operation(operationId = "updateProvisioningSettings",
            summary = "Change the provisioning server's settings",
            description = "Changes the fields present in the body; absent or null fields keep their value, an empty download "
            + "path clears it. `accountUser` and `accountPassword` go together. Send `expectedVersion` to be "
            + "refused (409) if someone else changed the settings meanwhile.")
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public ProvisioningSettings update(ProvisioningSettingsUpdate update, @Context SecurityContext security) {
        if (update == null) {
            throw new InvalidInputException("body", "send a JSON object with the fields to change");
        }
        return Services.require(() -> settingsService, "provisioning settings").update(update, security.getUserPrincipal().getName());
    }
}
