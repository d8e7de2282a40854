package org.dialtone.rest.internal.resources;

import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import javax.ws.rs.Consumes;
import javax.ws.rs.DELETE;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareLicense;
import org.dialtone.rest.internal.Services;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The guide's Managing RealPresence Group Series License Files (F-SW-4): one key file per Group Series image. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SOFTWARE)
@Path("/software/licenses")
@Produces(MediaType.APPLICATION_JSON)
public class SoftwareLicenseResource {
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile SoftwareImageService imagesService;

    private SoftwareImageService images() {
        return Services.require(() -> imagesService, "software image");
    }

    @GET
    public List<SoftwareLicense> list() {
        return images().licenses();
    }

    /** View: the key file with its image. */
    @GET
    @Path("/{imageId}")
    public SoftwareLicense get(@PathParam("imageId") String imageId) {
        return images().license(Params.id("imageId", imageId));
    }

    @GET
    @Path("/{imageId}/file")
    @Produces(MediaType.TEXT_PLAIN)
    public Response download(@PathParam("imageId") String imageId) {
        SoftwareLicense license = images().license(Params.id("imageId", imageId));
        return Response.ok(license.content(), "text/plain; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + license.fileName() + "\"").build();
    }

    /** Upload or replace; the body is the .txt key file. */
    @PUT
    @Path("/{imageId}")
    @Consumes(MediaType.WILDCARD)
    public SoftwareLicense upload(@PathParam("imageId") String imageId, @QueryParam("fileName") String fileName, InputStream body,
                                  @Context SecurityContext security) throws IOException {
        return images().uploadLicense(Params.id("imageId", imageId), fileName, body, security.getUserPrincipal().getName());
    }

    @DELETE
    @Path("/{imageId}")
    public Response delete(@PathParam("imageId") String imageId, @Context SecurityContext security) {
        images().deleteLicense(Params.id("imageId", imageId), security.getUserPrincipal().getName());
        return Response.noContent().build();
    }
}
