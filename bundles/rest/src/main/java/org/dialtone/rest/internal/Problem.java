package org.dialtone.rest.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/** An RFC 9457 problem document; {@code field} and {@code rule} say which input broke which rule. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String rule) {
    public static final String MEDIA_TYPE = "application/problem+json";
    static final MediaType MEDIA = MediaType.valueOf(MEDIA_TYPE);

    static Problem of(Response.StatusType status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null);
    }

    public static Problem notFound(String detail) {
        return of(Response.Status.NOT_FOUND, detail);
    }

    static Problem invalid(String field, String rule) {
        return new Problem("about:blank", "Bad Request", 400, field + ": " + rule, field, rule);
    }

    Response toResponse() {
        return Response.status(status).type(MEDIA).entity(this).build();
    }
}
