package org.dialtone.api.security;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed sign-ins per address: after {@code free} failures in a row an address waits before its next password is
 * checked, twice as long after each further failure up to {@code longest}; a success ends it when
 * {@code successEndsIt} (an admin's client), not when many clients share the address (phones behind one NAT, where a
 * guesser would otherwise be let off by every phone that signs in). Only the address is held back, never an account,
 * so nobody locks someone else out by guessing their name.
 */
public final class SignInThrottle {
    private static final class Failures {
        int count;
        long lastNanos;
    }

    private final int free;
    private final long firstDelayNanos;
    private final long longestNanos;
    private final Map<String, Failures> byAddress = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > 100_000;
        }
    };

    private final boolean successEndsIt;

    public SignInThrottle(int free, Duration firstDelay, Duration longest, boolean successEndsIt) {
        this.free = free;
        this.successEndsIt = successEndsIt;
        this.firstDelayNanos = firstDelay.toNanos();
        this.longestNanos = longest.toNanos();
    }

    /** How long the address must still wait, zero when it may try now. */
    public synchronized Duration wait(String address) {
        Failures failures = byAddress.get(address);
        if (failures == null || failures.count < free) {
            return Duration.ZERO;
        }
        long left = failures.lastNanos + delay(failures.count) - System.nanoTime();
        if (System.nanoTime() - failures.lastNanos > longestNanos * 4) {
            // Long quiet: start afresh.
            byAddress.remove(address);
            return Duration.ZERO;
        }
        return left > 0 ? Duration.ofNanos(left) : Duration.ZERO;
    }

    /** Records a failure; how many in a row the address has now. */
    public synchronized int failed(String address) {
        Failures failures = byAddress.computeIfAbsent(address, a -> new Failures());
        failures.count++;
        failures.lastNanos = System.nanoTime();
        return failures.count;
    }

    public synchronized void succeeded(String address) {
        if (successEndsIt) {
            byAddress.remove(address);
        }
    }

    private long delay(int count) {
        int doublings = Math.min(30, count - free);
        return Math.min(longestNanos, firstDelayNanos << doublings);
    }
}
