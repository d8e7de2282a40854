package org.dialtone.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /device-events/<token>}: one telephony event per request. Answers carry no body and no detail beyond the
 * status (a wrong token is 404, like an address that does not exist).
 */
final class DeviceEventReceiver extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DeviceEventReceiver.class);
    private static final Pattern TOKEN = Pattern.compile("/([A-Za-z0-9_-]{43})/?");
    private final transient DeviceEventService events;
    private final int mostBytes;

    DeviceEventReceiver(DeviceEventService events, int mostBytes) {
        this.events = events;
        this.mostBytes = mostBytes;
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        Matcher token = TOKEN.matcher(path == null ? "" : path);
        if (!token.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String address = events.phoneAddress(request.getRemoteAddr(), request.getHeaders("X-Forwarded-For"));
        if (!events.addressAllowed(address)) {
            response.setHeader("Retry-After", "10");
            response.sendError(429);
            return;
        }
        if (request.getContentLengthLong() > mostBytes) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        try (InputStream body = request.getInputStream()) {
            DeviceEventService.Outcome outcome = events.receive(token.group(1), address, request.getContentType(), body);
            switch (outcome) {
                case APPLIED -> response.setStatus(HttpServletResponse.SC_NO_CONTENT);
                case NOT_FOUND, UNKNOWN_DEVICE -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
                case WRONG_ADDRESS -> response.sendError(HttpServletResponse.SC_FORBIDDEN);
                case TOO_MANY -> {
                    response.setHeader("Retry-After", "10");
                    response.sendError(429);
                }
                case REFUSED -> response.sendError(HttpServletResponse.SC_BAD_REQUEST);
                case TOO_LARGE -> response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            }
        } catch (RuntimeException e) {
            LOG.warn("A telephony event could not be recorded: {}", e.toString());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
