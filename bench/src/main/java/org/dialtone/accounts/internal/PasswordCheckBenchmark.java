package org.dialtone.accounts.internal;

import java.util.concurrent.TimeUnit;
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

/** A password checked against its stored bcrypt hash (cost 10), what a sign-in the cache does not answer costs. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class PasswordCheckBenchmark {
    private static final String PASSWORD = "Dashboard-pass-2026";
    private String hash;

    @Setup
    public void stored() {
        hash = AccountRules.hash(PASSWORD);
    }

    @Benchmark
    public boolean checkedAgainstTheBcryptHash() {
        return AccountRules.matches(PASSWORD, hash);
    }
}
