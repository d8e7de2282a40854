package org.dialtone.errorpages.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Map;

/**
 * What the server says when an error reaches the web server rather than our own code: a status, its title and a
 * sentence of our own. Nothing of the failed request or of the exception is echoed, so no class name, stack or
 * reflected input can reach the client.
 */
record ErrorAnswer(int status, String title, String detail) {
    static final String API_PREFIX = "/api/";
    private static final Map<Integer, String> TITLES = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(403, "Forbidden"),
            Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"), Map.entry(406, "Not Acceptable"),
            Map.entry(408, "Request Timeout"), Map.entry(411, "Length Required"), Map.entry(413, "Payload Too Large"),
            Map.entry(414, "URI Too Long"), Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Range Not Satisfiable"),
            Map.entry(431, "Request Header Fields Too Large"), Map.entry(500, "Internal Server Error"),
            Map.entry(501, "Not Implemented"), Map.entry(503, "Service Unavailable"));
    private static final Map<Integer, String> DETAILS = Map.ofEntries(
            Map.entry(400, "The request is malformed; check its path, headers and body."),
            Map.entry(401, "Sign in first."),
            Map.entry(403, "This account may not do this."),
            Map.entry(404, "Nothing is served at this path: the admin API is under /api/v1 (described by /api/v1/openapi.json),"
                    + " phones provision from /prov and the console is /system/console."),
            Map.entry(405, "This path does not accept this method."),
            Map.entry(408, "The request took too long to arrive; send it again."),
            Map.entry(411, "Say how long the body is (Content-Length) or send it chunked."),
            Map.entry(413, "The body is larger than this server accepts here."),
            Map.entry(414, "The request path is longer than this server accepts."),
            Map.entry(415, "This path does not accept this content type."),
            Map.entry(431, "The request headers are larger than this server accepts."),
            Map.entry(503, "This part of the server is starting or stopped; try again shortly."));
    static final String INVALID_PATH = "The request path is not a valid URI: a percent escape is % and two hex digits,"
            + " and the separator is / (never \\ or %u).";
    static final String FAILED = "The server could not answer this request; the server log (data/log/karaf.log) says why.";

    /** The answer to a request that ended with {@code status}; a path no URI parser accepts is the client's fault. */
    static ErrorAnswer of(int status, String rawPath) {
        if (rawPath != null && !validUri(rawPath)) {
            return new ErrorAnswer(400, TITLES.get(400), INVALID_PATH);
        }
        String title = TITLES.getOrDefault(status, status >= 500 ? "Server Error" : "Client Error");
        String detail = DETAILS.getOrDefault(status, status >= 500 ? FAILED : "The request cannot be answered as sent.");
        return new ErrorAnswer(status, title, detail);
    }

    static boolean validUri(String rawPath) {
        try {
            new URI(rawPath);
            return rawPath.indexOf('\\') < 0;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    static boolean forApi(String rawPath) {
        return rawPath != null && (rawPath.startsWith(API_PREFIX) || rawPath.equals("/api"));
    }

    /** The problem+json document (RFC 9457); titles and details are ours, so quoting is all the escaping needed. */
    String json() {
        return "{\"type\":\"about:blank\",\"title\":\"" + quoted(title) + "\",\"status\":" + status
                + ",\"detail\":\"" + quoted(detail) + "\"}";
    }

    String text() {
        return status + " " + title + ": " + detail + "\n";
    }

    private static String quoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
