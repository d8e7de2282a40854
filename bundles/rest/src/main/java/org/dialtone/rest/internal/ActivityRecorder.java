package org.dialtone.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import org.apache.cxf.jaxrs.model.OperationResourceInfo;
import org.apache.cxf.jaxrs.model.Parameter;
import org.apache.cxf.jaxrs.utils.JAXRSUtils;
import org.apache.cxf.message.Message;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.activity.ActivityLog;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Every write a signed-in account sends (POST, PUT, PATCH, DELETE) goes into the activity log with its answer's status:
 * who, what ({@code PUT /devices/{id}}), the target ({@code /devices/12}), what a PUT, PATCH or DELETE target looked like
 * just before (its resource's GET on the same path, read in process) and what the write answered. Secrets are hidden;
 * a log that cannot be written never fails the request.
 */
@Priority(Priorities.USER)
final class ActivityRecorder implements ContainerRequestFilter, ContainerResponseFilter {
    private static final Logger LOG = LoggerFactory.getLogger(ActivityRecorder.class);
    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Set<String> REPLACING = Set.of("PUT", "PATCH", "DELETE");
    private static final Pattern SECRET = Pattern.compile("(?i).*(password|secret|token|passphrase|privatekey)$");
    private static final String BEFORE = "dialtone.activity.before";
    private final Supplier<ActivityLog> log;

    ActivityRecorder(Supplier<ActivityLog> log) {
        this.log = log;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (REPLACING.contains(request.getMethod()) && request.getSecurityContext().getUserPrincipal() != null && log.get() != null) {
            String before = before(request);
            if (before != null) {
                request.setProperty(BEFORE, before);
            }
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        ActivityLog activities = log.get();
        if (!WRITES.contains(request.getMethod()) || request.getSecurityContext().getUserPrincipal() == null || activities == null) {
            return;
        }
        try {
            OperationResourceInfo operation = operation();
            String template = operation == null ? request.getUriInfo().getPath()
                    : join(operation.getClassResourceInfo().getURITemplate().getValue(), operation.getURITemplate().getValue());
            String referer = request.getHeaderString("Referer");
            String face = referer != null && referer.contains("/system/console") ? "CONSOLE" : "REST";
            activities.record(new Activity(0, null, request.getSecurityContext().getUserPrincipal().getName(), face,
                    request.getMethod() + " " + template, "/" + request.getUriInfo().getPath().replaceFirst("^/", ""), response.getStatus(),
                    (String) request.getProperty(BEFORE), "DELETE".equals(request.getMethod()) && response.getStatus() / 100 == 2 ? null
                            : json(response.getEntity())));
        } catch (RuntimeException e) {
            LOG.warn("An admin write could not be put in the activity log: {}", e.toString());
        }
    }

    private static String join(String resource, String method) {
        String path = (resource + "/" + method).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static OperationResourceInfo operation() {
        Message message = JAXRSUtils.getCurrentMessage();
        return message == null ? null : message.getExchange().get(OperationResourceInfo.class);
    }

    /** The target as its resource's GET on the same path answers it now, or null when there is none it can be asked. */
    private static String before(ContainerRequestContext request) {
        OperationResourceInfo write = operation();
        if (write == null) {
            return null;
        }
        OperationResourceInfo read = write.getClassResourceInfo().getMethodDispatcher().getOperationResourceInfos().stream()
                .filter(o -> "GET".equals(o.getHttpMethod()) && o.getURITemplate().getValue().equals(write.getURITemplate().getValue()))
                .findFirst().orElse(null);
        if (read == null) {
            return null;
        }
        List<Object> arguments = new ArrayList<>();
        Map<String, List<String>> path = request.getUriInfo().getPathParameters();
        Class<?>[] types = read.getAnnotatedMethod().getParameterTypes();
        List<Parameter> parameters = read.getParameters();
        for (int i = 0; i < parameters.size(); i++) {
            Parameter parameter = parameters.get(i);
            if (types[i] != String.class) {
                return null;
            }
            switch (parameter.getType()) {
                case PATH -> arguments.add(path.containsKey(parameter.getName()) ? path.get(parameter.getName()).get(0) : null);
                case QUERY -> arguments.add(null);
                default -> {
                    return null;
                }
            }
        }
        try {
            Object resource = read.getClassResourceInfo().getResourceProvider().getInstance(JAXRSUtils.getCurrentMessage());
            return json(read.getAnnotatedMethod().invoke(resource, arguments.toArray()));
        } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
            return null;
        }
    }

    static String json(Object entity) {
        if (entity == null || entity instanceof javax.ws.rs.core.StreamingOutput || entity instanceof java.io.InputStream
                || entity instanceof byte[] || entity instanceof java.io.File || entity instanceof java.nio.file.Path) {
            return null;
        }
        try {
            JsonNode tree = JsonProvider.mapper().valueToTree(entity);
            hideSecrets(tree);
            String text = JsonProvider.mapper().writeValueAsString(tree);
            return text.length() > 4000 ? text.substring(0, 3997) + "..." : text;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
            return null;
        }
    }

    private static void hideSecrets(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (SECRET.matcher(field.getKey()).matches() && !field.getValue().isNull() && !field.getValue().isContainerNode()) {
                    field.setValue(TextNode.valueOf("(hidden)"));
                } else {
                    hideSecrets(field.getValue());
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(ActivityRecorder::hideSecrets);
        }
    }
}
