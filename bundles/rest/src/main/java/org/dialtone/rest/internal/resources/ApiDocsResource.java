package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Hidden;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import org.dialtone.api.security.SiteScoped;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;

/** Swagger UI on {@code openapi.json}, from the webjar this bundle carries, behind the API's own sign-in. */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.SYSTEM)
@Path("/docs")
@SiteScoped
@Hidden
public class ApiDocsResource {
    /** The only files served: a name from the request never reaches the class path otherwise. */
    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "index.css", "text/css; charset=utf-8",
            "swagger-ui.css", "text/css; charset=utf-8",
            "swagger-ui-bundle.js", "text/javascript; charset=utf-8",
            "swagger-ui-standalone-preset.js", "text/javascript; charset=utf-8",
            "swagger-initializer.js", "text/javascript; charset=utf-8",
            "swagger-ui-bundle.js.LICENSE.txt", "text/plain; charset=utf-8",
            "favicon-16x16.png", "image/png",
            "favicon-32x32.png", "image/png");

    /** The page itself; its files are named relative to it, so {@code /docs} moves to {@code /docs/}. */
    @GET
    public Response index(@Context UriInfo uri) {
        String path = uri.getAbsolutePath().getPath();
        return path.endsWith("/") ? file("index.html") : Response.seeOther(URI.create(path + "/")).build();
    }

    @GET
    @Path("/{file}")
    public Response file(@PathParam("file") String file) {
        String type = FILES.get(file);
        InputStream in = type == null ? null : ApiDocsResource.class.getResourceAsStream("/swagger-ui/" + file);
        if (in == null) {
            throw new NotFoundException("Swagger UI has no file " + file + "; open /api/v1/docs/");
        }
        return Response.ok(in, type)
                .header("Cache-Control", file.endsWith(".html") || file.equals("swagger-initializer.js") ? "no-cache" : "max-age=86400")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
                .build();
    }
}
