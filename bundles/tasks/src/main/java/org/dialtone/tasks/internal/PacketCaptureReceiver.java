package org.dialtone.tasks.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where devices send a packet capture: {@code PUT} or {@code POST /device-captures/<token>}, the body the file itself
 * (how a device sends it is UNVERIFIED: the content type is logged), at most the devices' upload limit. The token names
 * one capture and is its only credential; answers carry no detail beyond the status.
 */
final class PacketCaptureReceiver extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PacketCaptureReceiver.class);
    private static final Pattern TOKEN = Pattern.compile("/([A-Za-z0-9_-]{43})(/[^/]*)?");
    private final transient PacketCaptureService captures;

    PacketCaptureReceiver(PacketCaptureService captures) {
        this.captures = captures;
    }

    @Override
    protected void doPut(HttpServletRequest request, HttpServletResponse response) throws IOException {
        receive(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        receive(request, response);
    }

    private void receive(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo();
        java.util.regex.Matcher token = TOKEN.matcher(path == null ? "" : path);
        if (!token.matches()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        LOG.info("A packet capture arrives from {} by {} ({}, {} bytes)", request.getRemoteAddr(), request.getMethod(), request.getContentType(),
                request.getContentLengthLong());
        try (InputStream body = request.getInputStream()) {
            PacketCaptureService.Received received = captures.receive(token.group(1), body);
            response.setStatus(received == PacketCaptureService.Received.KEPT ? HttpServletResponse.SC_CREATED : HttpServletResponse.SC_GONE);
        } catch (org.dialtone.api.InvalidInputException e) {
            response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
        } catch (RuntimeException e) {
            LOG.warn("A packet capture could not be kept: {}", e.toString());
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        }
    }
}
