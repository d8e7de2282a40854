package org.dialtone.rest.internal.resources;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.dialtone.api.security.Guarded;
import org.dialtone.api.security.RoleMatrix;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.StreamingOutput;
import org.dialtone.api.system.Metric;
import org.dialtone.api.system.MetricSource;
import org.dialtone.rest.internal.RestArea;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prometheus' text exposition format (0.0.4) of every registered {@link MetricSource} and the JVM's heap and threads,
 * behind the API's authentication (a scrape job sets basic_auth). A source that fails is left out of that scrape.
 */
@Component(service = Object.class, property = RestArea.PROPERTY)
@Guarded(RoleMatrix.Area.MONITORING)
@Tag(name = "Monitoring")
@Path("/metrics")
public class MetricsResource {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsResource.class);
    static final String TEXT_FORMAT = "text/plain; version=0.0.4; charset=utf-8";
    private final List<MetricSource> sources = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    void addSource(MetricSource source) {
        sources.add(source);
    }

    void removeSource(MetricSource source) {
        sources.remove(source);
    }

    @Operation(operationId = "scrapeMetrics",
            summary = "Metrics in the Prometheus text format",
            responses = @ApiResponse(responseCode = "200", description = "The file", content = @Content(mediaType = "text/plain", schema = @Schema(type = "string", format = "binary"))))
    @GET
    @Produces(TEXT_FORMAT)
    public Response scrape() {
        StringBuilder text = new StringBuilder();
        for (MetricSource source : sources) {
            try {
                source.metrics().forEach(m -> write(text, m));
            } catch (RuntimeException e) {
                LOG.warn("Metrics of {} could not be read: {}", source.getClass().getSimpleName(), e.toString());
            }
        }
        java.lang.management.MemoryUsage heap = java.lang.management.ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        write(text, Metric.gauge("dialtone_jvm_heap_used_bytes", "Heap in use", heap.getUsed()));
        write(text, Metric.gauge("dialtone_jvm_heap_max_bytes", "Largest heap the JVM may take", heap.getMax()));
        write(text, Metric.gauge("dialtone_jvm_threads", "Live threads", java.lang.management.ManagementFactory.getThreadMXBean().getThreadCount()));
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        StreamingOutput out = stream -> stream.write(body);
        return Response.ok(out, TEXT_FORMAT).build();
    }

    static void write(StringBuilder text, Metric metric) {
        text.append("# HELP ").append(metric.name()).append(' ').append(metric.help().replace("\\", "\\\\").replace("\n", "\\n")).append('\n');
        text.append("# TYPE ").append(metric.name()).append(' ').append(metric.type()).append('\n');
        for (Metric.Sample sample : metric.samples()) {
            text.append(metric.name()).append(sample.suffix());
            if (!sample.labels().isEmpty()) {
                text.append('{');
                boolean first = true;
                for (Map.Entry<String, String> label : new TreeMap<>(sample.labels()).entrySet()) {
                    text.append(first ? "" : ",").append(label.getKey()).append("=\"")
                            .append(label.getValue().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n")).append('"');
                    first = false;
                }
                text.append('}');
            }
            text.append(' ').append(number(sample.value())).append('\n');
        }
    }

    private static String number(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "+Inf" : "-Inf";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
