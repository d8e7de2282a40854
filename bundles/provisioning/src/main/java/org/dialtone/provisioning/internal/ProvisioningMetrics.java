package org.dialtone.provisioning.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;
import org.dialtone.api.system.Metric;
import org.dialtone.api.system.MetricSource;

/** Phones' requests to {@code /prov}: how many by HTTP status, and how long they took (a histogram in seconds). */
final class ProvisioningMetrics implements MetricSource {
    static final double[] BOUNDS = {0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
    private final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final DoubleAdder seconds = new DoubleAdder();

    ProvisioningMetrics() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void record(int status, long nanos) {
        byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
        double elapsed = nanos / 1e9;
        seconds.add(elapsed);
        int bucket = 0;
        while (bucket < BOUNDS.length && elapsed > BOUNDS[bucket]) {
            bucket++;
        }
        buckets[bucket].increment();
    }

    @Override
    public List<Metric> metrics() {
        List<Metric.Sample> requests = new ArrayList<>();
        new java.util.TreeMap<>(byStatus).forEach((status, count) -> requests.add(new Metric.Sample("", Map.of("status", Integer.toString(status)),
                count.sum())));
        List<Metric.Sample> latency = new ArrayList<>();
        long cumulative = 0;
        for (int i = 0; i < buckets.length; i++) {
            cumulative += buckets[i].sum();
            latency.add(new Metric.Sample("_bucket", Map.of("le", i < BOUNDS.length ? Double.toString(BOUNDS[i]) : "+Inf"), cumulative));
        }
        latency.add(new Metric.Sample("_sum", Map.of(), seconds.sum()));
        latency.add(new Metric.Sample("_count", Map.of(), cumulative));
        return List.of(new Metric("dialtone_provisioning_requests_total", "counter", "Phones' requests to /prov by HTTP status", requests),
                new Metric("dialtone_provisioning_request_seconds", "histogram", "Time to answer a phone's request to /prov", latency));
    }
}
