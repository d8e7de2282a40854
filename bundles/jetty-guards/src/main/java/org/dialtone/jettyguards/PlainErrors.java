package org.dialtone.jettyguards;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * The web server's answer to what never reaches a servlet (a request line, header or length it cannot parse, a path
 * too long): a line of plain text in our words, instead of Jetty's HTML echoing its parser's reason. Errors inside
 * the web context are the error page's (bundle dialtone-error-pages).
 */
public class PlainErrors extends ErrorHandler {
    static final String TYPE = "text/plain;charset=utf-8";

    public PlainErrors() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        fields.put(HttpHeader.CONTENT_TYPE, TYPE);
        return BufferUtil.toBuffer(line(status), StandardCharsets.UTF_8);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        response.setContentType(TYPE);
        byte[] body = line(code).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        baseRequest.setHandled(true);
    }

    static String line(int status) {
        String title = HttpStatus.getMessage(status);
        String detail = switch (status) {
            case 400 -> "The request is not valid HTTP/1.1; check its request line, headers and body framing.";
            case 413 -> "The body is larger than this server accepts.";
            case 414 -> "The request path is longer than this server accepts.";
            case 431 -> "The request headers are larger than this server accepts.";
            default -> status >= 500 ? "The server could not answer; its log (data/log/karaf.log) says why."
                    : "The request cannot be answered as sent.";
        };
        return status + " " + title + ": " + detail + "\n";
    }
}
