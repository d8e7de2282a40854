package org.dialtone.simulator;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A boot storm: every device of a fleet boots once, {@code concurrency} at a time, as after a power cut. Bounded in
 * time: no boot starts after {@code maxDuration}, and the storm waits at most that long again for boots in flight.
 */
public final class Storm {
    private Storm() {
    }

    public static Report run(List<VirtualDevice> fleet, BootSequence.Target target, int concurrency, Duration maxDuration) throws InterruptedException {
        if (concurrency < 1 || concurrency > 4096) {
            throw new IllegalArgumentException("concurrency must be 1 to 4096");
        }
        Recorder recorder = new Recorder();
        BootSequence sequence = new BootSequence(target, recorder);
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + maxDuration.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency, r -> {
            Thread t = new Thread(r, "device-" + next.get());
            t.setDaemon(true);
            return t;
        });
        for (int w = 0; w < concurrency; w++) {
            workers.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < fleet.size() && System.nanoTime() < deadline) {
                    sequence.boot(fleet.get(i));
                }
            });
        }
        workers.shutdown();
        if (!workers.awaitTermination(maxDuration.toMillis() * 2 + 1000, TimeUnit.MILLISECONDS)) {
            workers.shutdownNow();
            recorder.error("storm timed out", "boots still running after twice the duration bound");
        }
        int notStarted = Math.max(0, fleet.size() - Math.min(next.get(), fleet.size()));
        if (notStarted > 0) {
            recorder.error("not booted within the duration bound", notStarted + " devices");
        }
        return recorder.report(System.nanoTime() - started, concurrency);
    }

    /** The same, with a target built from plain settings (for tests and the command line). */
    public static Report run(List<VirtualDevice> fleet, String baseUrl, String user, String password, boolean digest,
                             javax.net.ssl.SSLContext tls, int concurrency, Duration maxDuration) throws InterruptedException {
        return run(fleet, new BootSequence.Target(baseUrl, user, password, digest, tls,
                org.apache.hc.core5.util.Timeout.ofSeconds(30), null, false), concurrency, maxDuration);
    }
}
