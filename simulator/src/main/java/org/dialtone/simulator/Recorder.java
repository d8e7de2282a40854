package org.dialtone.simulator;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Counts what a storm did: every request's status and latency, finished boots, errors by kind. Thread-safe. */
final class Recorder {
    private final ConcurrentHashMap<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, String> errorExamples = new ConcurrentHashMap<>();
    private final LongAdder bootsOk = new LongAdder();
    private final LongAdder bootsFailed = new LongAdder();
    private long[] latencies = new long[4096];
    private int latencyCount;

    void request(int status, long nanos) {
        statuses.computeIfAbsent(status, s -> new LongAdder()).increment();
        synchronized (this) {
            if (latencyCount == latencies.length) {
                latencies = Arrays.copyOf(latencies, latencies.length * 2);
            }
            latencies[latencyCount++] = nanos;
        }
    }

    void error(String kind, String example) {
        errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
        errorExamples.putIfAbsent(kind, example);
    }

    void boot(boolean ok) {
        (ok ? bootsOk : bootsFailed).increment();
    }

    Report report(long elapsedNanos, int concurrency) {
        long[] sorted;
        synchronized (this) {
            sorted = Arrays.copyOf(latencies, latencyCount);
        }
        Arrays.sort(sorted);
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        Map<String, Long> byError = new TreeMap<>();
        errors.forEach((k, v) -> byError.put(k, v.sum()));
        return new Report(bootsOk.sum(), bootsFailed.sum(), sorted.length, elapsedNanos, concurrency,
                percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1],
                byStatus, byError, new TreeMap<>(errorExamples));
    }

    private static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
