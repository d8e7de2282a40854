package org.dialtone.itests;

import java.time.Duration;

/** Waits for an asynchronous effect: retries a real assertion until it holds, and fails with its last message. */
final class Eventually {
    interface Check {
        void run() throws Exception;
    }

    private Eventually() {
    }

    static void holds(Duration within, Check check) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception e) {
                if (System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(200);
            }
        }
    }
}
