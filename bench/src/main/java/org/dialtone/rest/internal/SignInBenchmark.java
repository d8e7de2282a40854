package org.dialtone.rest.internal;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.dialtone.api.security.Caller;
import org.dialtone.api.security.Role;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a REST request pays to sign in with Basic credentials checked a moment ago (issue 20): the HMAC key and the
 * cache lookup among 1,000 signed-in dashboards. {@code PasswordCheckBenchmark} is the bcrypt check a miss costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class SignInBenchmark {
    private static final String PASSWORD = "Dashboard-pass-2026";
    private CredentialCache cache;

    @Setup
    public void signedIn() {
        cache = new CredentialCache(Duration.ofSeconds(600), 10_000);
        for (int i = 0; i < 1_000; i++) {
            cache.put(cache.key("dashboard-" + i, PASSWORD), 1, new Caller("dashboard-" + i, Role.VIEWER, null, null, null));
        }
    }

    @Benchmark
    public Caller checkedAMomentAgo() {
        return cache.get(cache.key("dashboard-500", PASSWORD), 1);
    }
}
