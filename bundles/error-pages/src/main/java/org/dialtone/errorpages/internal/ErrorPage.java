package org.dialtone.errorpages.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.servlet.RequestDispatcher;
import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.osgi.service.component.annotations.Component;

/**
 * The web server's error page for every 4xx and 5xx it produces itself and every exception that escapes a servlet
 * (the web console's, CXF's before our resources run, the container's 404): problem+json under {@code /api/}, plain
 * text elsewhere (phones and load balancers read it), instead of the container's HTML naming an exception.
 */
@Component(service = Servlet.class, property = {
        "osgi.http.whiteboard.servlet.name=dialtone-error-page",
        "osgi.http.whiteboard.servlet.errorPage=4xx",
        "osgi.http.whiteboard.servlet.errorPage=5xx",
        "osgi.http.whiteboard.servlet.errorPage=java.lang.Throwable"})
public class ErrorPage extends HttpServlet {
    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer number ? number : HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        ErrorAnswer answer = ErrorAnswer.of(status, path);
        response.setStatus(answer.status());
        response.setHeader("Cache-Control", "no-store");
        boolean api = ErrorAnswer.forApi(path);
        response.setContentType(api ? "application/problem+json" : "text/plain;charset=utf-8");
        if (!"HEAD".equals(request.getMethod())) {
            byte[] body = (api ? answer.json() : answer.text()).getBytes(StandardCharsets.UTF_8);
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
