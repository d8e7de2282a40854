package org.dialtone.provisioning.internal;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;

/** Lets a warning about the same thing through once per interval, so that a polling fleet cannot flood the log. */
final class LogThrottle {
    private static final int MAX_KEYS = 10_000;
    private final long intervalNanos;
    private final ConcurrentHashMap<String, Long> lastLogged = new ConcurrentHashMap<>();

    LogThrottle(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    boolean shouldLog(String key) {
        long now = System.nanoTime();
        Long last = lastLogged.get(key);
        if (last != null && now - last < intervalNanos) {
            return false;
        }
        if (lastLogged.size() >= MAX_KEYS) {
            lastLogged.clear();
        }
        lastLogged.put(key, now);
        return true;
    }
}
