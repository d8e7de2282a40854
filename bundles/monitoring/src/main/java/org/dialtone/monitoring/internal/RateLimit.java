package org.dialtone.monitoring.internal;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per key: {@code perMinute} refilled evenly, at most a fifth of it (at least 5) at once. Keys left
 * idle are dropped when the map grows, so a scan from many addresses holds no memory.
 */
final class RateLimit {
    private static final int MOST_KEYS = 200_000;
    private final double perNano;
    private final double burst;
    private final ConcurrentHashMap<String, double[]> buckets = new ConcurrentHashMap<>();

    RateLimit(int perMinute) {
        this.perNano = perMinute / 60e9;
        this.burst = Math.max(5, perMinute / 5.0);
    }

    boolean allow(String key, long nanos) {
        if (buckets.size() > MOST_KEYS) {
            buckets.entrySet().removeIf(e -> full(e.getValue(), nanos));
        }
        double[] bucket = buckets.computeIfAbsent(key, k -> new double[] {burst, nanos});
        synchronized (bucket) {
            bucket[0] = Math.min(burst, bucket[0] + (nanos - bucket[1]) * perNano);
            bucket[1] = nanos;
            if (bucket[0] < 1) {
                return false;
            }
            bucket[0] -= 1;
            return true;
        }
    }

    private boolean full(double[] bucket, long nanos) {
        synchronized (bucket) {
            return bucket[0] + (nanos - bucket[1]) * perNano >= burst;
        }
    }
}
