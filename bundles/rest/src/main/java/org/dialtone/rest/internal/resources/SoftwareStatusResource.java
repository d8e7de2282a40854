package org.dialtone.rest.internal.resources;

import java.util.List;
import java.util.function.Supplier;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareStatus;
import org.dialtone.api.software.SoftwareUpload;
import org.dialtone.rest.internal.Services;

/**
 * Where the fleet stands with its software (F-SW-4) and the uploads in progress. The devices behind a count are
 * {@code GET /api/v1/devices?software=failing&softwareImageId=<id>}.
 */
@Path("/software")
@Produces(MediaType.APPLICATION_JSON)
public class SoftwareStatusResource {
    private final Supplier<SoftwareImageService> images;

    public SoftwareStatusResource(Supplier<SoftwareImageService> images) {
        this.images = images;
    }

    @GET
    @Path("/status")
    public List<SoftwareStatus> status() {
        return Services.require(images, "software image").status();
    }

    @GET
    @Path("/uploads")
    public List<SoftwareUpload> uploads() {
        return Services.require(images, "software image").uploads();
    }
}
