package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.util.List;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareStatus;
import org.dialtone.api.software.SoftwareUpload;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * Where the fleet stands with its software (F-SW-4) and the uploads in progress. The devices behind a count are
 * {@code GET /api/v1/devices?software=failing&softwareImageId=<id>}.
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SOFTWARE)
@Tag(name = "Software")
@Path("/software")
@Produces(MediaType.APPLICATION_JSON)
public class SoftwareStatusResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SoftwareImageService imagesService;

    @Operation(operationId = "getSoftwareStatus",
            summary = "Per software image, how many devices are up to date, pending or failing")
    @GET
    @Path("/status")
    public List<SoftwareStatus> status() {
        return Services.require(() -> imagesService, "software image").status();
    }

    @Operation(operationId = "listSoftwareUploads",
            summary = "Software uploads in progress")
    @GET
    @Path("/uploads")
    public List<SoftwareUpload> uploads() {
        return Services.require(() -> imagesService, "software image").uploads();
    }
}
