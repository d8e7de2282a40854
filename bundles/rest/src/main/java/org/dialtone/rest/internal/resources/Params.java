package org.dialtone.rest.internal.resources;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Locale;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.PageRequest;

/** Query parameters read as text, so a bad value is a 400 naming it rather than JAX-RS's bare 404. */
final class Params {
    static final String CSV = "text/csv";

    private Params() {
    }

    static Integer integer(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be a whole number, not '" + text + "'");
        }
    }

    static Long id(String name, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "must be an id (a whole number), not '" + text + "'");
        }
    }

    static PageRequest page(String offset, String limit) {
        return PageRequest.of(integer("offset", offset), integer("limit", limit));
    }

    static boolean descending(String order) {
        if (order == null || order.isBlank() || order.strip().equalsIgnoreCase("asc")) {
            return false;
        }
        if (order.strip().equalsIgnoreCase("desc")) {
            return true;
        }
        throw new InvalidInputException("order", "must be asc or desc");
    }

    static <E extends Enum<E>> E enumValue(String name, Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "must be one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT).replace('_', '-')).collect(java.util.stream.Collectors.joining(", ")));
        }
    }

    /** The admin's apply choice for a change that affects devices: {@code apply=now|scheduled|next-poll}, {@code applyAt}. */
    static org.dialtone.api.profiles.ApplyChoice apply(String apply, String applyAt) {
        org.dialtone.api.profiles.ApplyChoice.Mode mode = enumValue("apply", org.dialtone.api.profiles.ApplyChoice.Mode.class, apply);
        java.time.Instant at = null;
        if (applyAt != null && !applyAt.isBlank()) {
            try {
                at = java.time.Instant.parse(applyAt.strip());
            } catch (java.time.format.DateTimeParseException e) {
                throw new InvalidInputException("applyAt", "must be an ISO-8601 time such as 2026-12-01T03:00:00Z");
            }
        }
        return mode == null ? org.dialtone.api.profiles.ApplyChoice.NEXT_POLL : new org.dialtone.api.profiles.ApplyChoice(mode, at);
    }

    static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "send a JSON object");
        }
        return body;
    }

    /** The whole upload, read before any of it is applied (the body size filter bounds it). */
    static InputStream upload(InputStream body) {
        try {
            return new ByteArrayInputStream(body.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response created(UriInfo uri, long id, Object entity) {
        URI location = uri.getAbsolutePathBuilder().path(Long.toString(id)).build();
        return Response.created(location).entity(entity).build();
    }
}
