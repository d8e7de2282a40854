package org.dialtone.rest.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.Response;

/**
 * Caps request bodies: by Content-Length up front, and while reading for chunked bodies. JSON bodies get the
 * small cap; file uploads (CSV, XML, XSD, ZIP: any other content type) their own, larger one.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION + 100)
final class BodySizeLimitFilter implements ContainerRequestFilter {
    /** Software packages run to gigabytes; the software service streams them to disk under its own cap. */
    static final java.util.List<String> SOFTWARE_UPLOADS = java.util.List.of("software/packages/", "software/images/");
    private final long maxJsonBytes;
    private final long maxImportBytes;

    BodySizeLimitFilter(long maxJsonBytes, long maxImportBytes) {
        this.maxJsonBytes = maxJsonBytes;
        this.maxImportBytes = maxImportBytes;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        javax.ws.rs.core.MediaType type = request.getMediaType();
        boolean json = type == null || type.getSubtype().equalsIgnoreCase("json") || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json");
        if (!json && SOFTWARE_UPLOADS.stream().anyMatch(request.getUriInfo().getPath()::startsWith)) {
            return;
        }
        long maxBytes = json ? maxJsonBytes : maxImportBytes;
        if (request.getLength() > maxBytes) {
            request.abortWith(tooLarge(maxBytes).toResponse());
            return;
        }
        if (request.hasEntity()) {
            request.setEntityStream(new LimitedInputStream(request.getEntityStream(), maxBytes));
        }
    }

    static Problem tooLarge(long maxBytes) {
        return Problem.of(Response.Status.REQUEST_ENTITY_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes, the limit for this API");
    }

    /** Thrown while reading past the cap; an IOException so JSON readers pass it on rather than swallow it. */
    static final class BodyTooLargeException extends IOException {
        final long maxBytes;

        BodyTooLargeException(long maxBytes) {
            super("request body exceeds " + maxBytes + " bytes");
            this.maxBytes = maxBytes;
        }
    }

    private static final class LimitedInputStream extends FilterInputStream {
        private final long max;
        private long read;

        LimitedInputStream(InputStream in, long max) {
            super(in);
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws BodyTooLargeException {
            read += n;
            if (read > max) {
                throw new BodyTooLargeException(max);
            }
        }
    }
}
