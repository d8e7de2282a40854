package org.dialtone.rest.internal.resources;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import org.dialtone.api.system.Metric;
import org.junit.Test;

public class MetricsResourceTest {
    @Test
    public void samplesAreWrittenInPrometheusTextFormat() {
        StringBuilder text = new StringBuilder();
        MetricsResource.write(text, new Metric("dialtone_x_seconds", "histogram", "Time \"taken\"", List.of(
                new Metric.Sample("_bucket", Map.of("le", "0.5", "path", "a\"b"), 3), new Metric.Sample("_bucket", Map.of("le", "+Inf"), 4),
                new Metric.Sample("_sum", Map.of(), 1.25), new Metric.Sample("_count", Map.of(), 4))));
        assertEquals("# HELP dialtone_x_seconds Time \"taken\"\n# TYPE dialtone_x_seconds histogram\n"
                + "dialtone_x_seconds_bucket{le=\"0.5\",path=\"a\\\"b\"} 3\ndialtone_x_seconds_bucket{le=\"+Inf\"} 4\n"
                + "dialtone_x_seconds_sum 1.25\ndialtone_x_seconds_count 4\n", text.toString());
    }
}
