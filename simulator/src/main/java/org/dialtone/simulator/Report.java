package org.dialtone.simulator;

import java.util.Map;
import java.util.stream.Collectors;

/** What a storm measured. Latencies in nanoseconds; a boot failed when any of its steps was an error. */
public record Report(long bootsOk, long bootsFailed, long requests, long elapsedNanos, int concurrency, long p50, long p95, long p99,
                     long max, Map<Integer, Long> statuses, Map<String, Long> errors, Map<String, String> errorExamples) {

    public double devicesPerSecond() {
        return elapsedNanos == 0 ? 0 : (bootsOk + bootsFailed) * 1e9 / elapsedNanos;
    }

    public double requestsPerSecond() {
        return elapsedNanos == 0 ? 0 : requests * 1e9 / elapsedNanos;
    }

    public long errorCount() {
        return errors.values().stream().mapToLong(Long::longValue).sum();
    }

    public String toText() {
        StringBuilder text = new StringBuilder();
        text.append(String.format("devices: %d booted, %d failed in %.2f s at concurrency %d%n", bootsOk, bootsFailed, elapsedNanos / 1e9, concurrency));
        text.append(String.format("devices/s: %.1f   requests/s: %.1f   requests: %d%n", devicesPerSecond(), requestsPerSecond(), requests));
        text.append(String.format("latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n", p50 / 1e6, p95 / 1e6, p99 / 1e6, max / 1e6));
        text.append("statuses: ").append(statuses).append('\n');
        text.append("errors: ").append(errors.isEmpty() ? "none" : errors.toString()).append('\n');
        errorExamples.forEach((kind, example) -> text.append("  e.g. ").append(kind).append(": ").append(example).append('\n'));
        return text.toString();
    }

    /** One JSON object, numbers and short strings only. */
    public String toJson() {
        return "{\"bootsOk\":" + bootsOk + ",\"bootsFailed\":" + bootsFailed + ",\"requests\":" + requests
                + ",\"elapsedSeconds\":" + String.format("%.3f", elapsedNanos / 1e9) + ",\"concurrency\":" + concurrency
                + ",\"devicesPerSecond\":" + String.format("%.2f", devicesPerSecond())
                + ",\"requestsPerSecond\":" + String.format("%.2f", requestsPerSecond())
                + ",\"p50Ms\":" + String.format("%.3f", p50 / 1e6) + ",\"p95Ms\":" + String.format("%.3f", p95 / 1e6)
                + ",\"p99Ms\":" + String.format("%.3f", p99 / 1e6) + ",\"maxMs\":" + String.format("%.3f", max / 1e6)
                + ",\"statuses\":{" + statuses.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(","))
                + "},\"errors\":{" + errors.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue()).collect(Collectors.joining(","))
                + "}}";
    }
}
