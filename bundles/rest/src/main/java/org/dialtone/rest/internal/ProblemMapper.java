package org.dialtone.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.NotAllowedException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.Request;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import javax.ws.rs.ext.ExceptionMapper;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.UnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failure into a problem document; a client never sees a stack trace. */
final class ProblemMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private UriInfo uriInfo;
    @Context
    private Request request;

    @Override
    public Response toResponse(Throwable e) {
        return problem(e).toResponse();
    }

    Problem problem(Throwable e) {
        if (e instanceof InvalidInputException invalid) {
            return Problem.invalid(invalid.field(), invalid.rule());
        }
        if (e instanceof NotFoundException) {
            return Problem.of(Response.Status.NOT_FOUND, e.getMessage());
        }
        if (e instanceof ConflictException) {
            return Problem.of(Response.Status.CONFLICT, e.getMessage());
        }
        if (e instanceof org.dialtone.api.ForbiddenException) {
            return Problem.of(Response.Status.FORBIDDEN, e.getMessage());
        }
        if (e instanceof UnavailableException) {
            return Problem.of(Response.Status.SERVICE_UNAVAILABLE, e.getMessage());
        }
        BodySizeLimitFilter.BodyTooLargeException tooLarge = cause(e, BodySizeLimitFilter.BodyTooLargeException.class);
        if (tooLarge != null) {
            return BodySizeLimitFilter.tooLarge(tooLarge.maxBytes);
        }
        JsonProcessingException json = cause(e, JsonProcessingException.class);
        if (json != null) {
            return json(json);
        }
        if (brokenBody(e)) {
            return brokenBody();
        }
        if (e instanceof WebApplicationException web) {
            return web(web);
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, reference {}", reference, e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR,
                "Unexpected server error; the server log has the details under reference " + reference);
    }

    private Problem web(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String path = uriInfo != null ? "/" + uriInfo.getPath(false) : "this path";
        return switch (status.getStatusCode()) {
            case 404 -> Problem.of(status, "No resource at " + path + "; see /api/v1/openapi.json for the API");
            case 405 -> Problem.of(status, request.getMethod() + " is not supported on " + path + "; allowed: "
                    + (e instanceof NotAllowedException ? String.join(", ", e.getResponse().getAllowedMethods()) : "see the API description"));
            case 415 -> Problem.of(status, "Send the body as application/json (CSV imports: text/csv)");
            case 406 -> Problem.of(status, "This resource answers in application/json; accept it");
            case 400 -> Problem.of(status, "The request is malformed: " + (e.getMessage() != null ? e.getMessage() : "check its syntax"));
            default -> Problem.of(status, e.getMessage() != null ? e.getMessage() : status.getReasonPhrase());
        };
    }

    private static Problem json(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            String known = unknown.getKnownPropertyIds() == null ? ""
                    : "; known fields: " + unknown.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            return Problem.invalid(unknown.getPropertyName(), "unknown field" + known);
        }
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining("."));
            if (e instanceof InvalidFormatException format) {
                return Problem.invalid(field, "cannot read " + format.getValue() + " as " + readable(format.getTargetType()));
            }
            if (e instanceof MismatchedInputException mismatched) {
                return Problem.invalid(field, "expected " + readable(mismatched.getTargetType()));
            }
            return Problem.invalid(field, "has an unreadable value");
        }
        if (e instanceof MismatchedInputException mismatched) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body must be " + readable(mismatched.getTargetType()) + " in JSON");
        }
        if (e instanceof JsonMappingException) {
            return Problem.of(Response.Status.BAD_REQUEST, "The body does not have the shape this operation takes; see the API description");
        }
        String where = e.getLocation() != null
                ? " at line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() : "";
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not valid JSON" + where + ": " + e.getOriginalMessage());
    }

    /** What a client should send, in words: never one of our class names. */
    private static String readable(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).collect(Collectors.joining(", "));
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return switch (type.getSimpleName()) {
            case "LocalTime" -> "a time of day (HH:MM)";
            case "Instant" -> "a time such as 2026-12-01T03:00:00Z";
            case "Long", "long", "Integer", "int", "Short", "short" -> "a whole number";
            case "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            case "String" -> "a string";
            default -> "an object";
        };
    }

    private static Problem brokenBody() {
        return Problem.of(Response.Status.BAD_REQUEST, "The request body could not be read (it broke off, or its chunked encoding"
                + " is malformed); send it again");
    }

    /**
     * Jetty's own signs that the body itself is broken, whatever layer saw them first: its parser's exceptions, or a
     * failure it keeps and throws again to every later reader (marked with a suppressed "HttpInput failure").
     */
    private static boolean brokenBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (name.equals("BadMessageException") || name.equals("EofException")) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if ("HttpInput failure".equals(suppressed.getMessage())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
