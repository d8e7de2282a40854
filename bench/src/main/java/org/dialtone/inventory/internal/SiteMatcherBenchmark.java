package org.dialtone.inventory.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/**
 * Subnet to site (F-SITE-3) with 2,000 sites: each a /24 public subnet with two private subnets, plus wide /16s
 * that overlap them, so that a lookup walks past several candidates as a real enterprise's would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SiteMatcherBenchmark {
    private SiteMatcher matcher;
    private byte[][] publicIps;
    private byte[][] privateIps;
    private int next;

    @Setup
    public void sites() {
        List<SiteMatcher.SiteSubnets> sites = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            int a = 10 + i / 256;
            int b = i % 256;
            sites.add(new SiteMatcher.SiteSubnets(1000 + i, List.of(new SiteMatcher.PublicSubnet(IpSubnet.of(a + "." + b + ".7.0", 24),
                    List.of(IpSubnet.of("192.168." + (i % 200) + ".0", 24), IpSubnet.of("172.16." + (i % 100) + ".0", 24))))));
        }
        for (int i = 0; i < 20; i++) {
            sites.add(new SiteMatcher.SiteSubnets(9000 + i, List.of(new SiteMatcher.PublicSubnet(IpSubnet.of((10 + i) + ".0.0.0", 8), List.of()))));
        }
        matcher = SiteMatcher.of(sites);
        publicIps = new byte[1024][];
        privateIps = new byte[1024][];
        for (int i = 0; i < 1024; i++) {
            int site = (i * 7919) % 2000;
            publicIps[i] = IpSubnet.parseAddress((10 + site / 256) + "." + (site % 256) + ".7." + (1 + i % 250));
            privateIps[i] = IpSubnet.parseAddress("192.168." + (site % 200) + "." + (1 + i % 250));
        }
    }

    @Benchmark
    public Optional<SiteMatcher.Match> matchPublicAndPrivate() {
        int i = next++ & 1023;
        return matcher.match(publicIps[i], privateIps[i]);
    }

    @Benchmark
    public Optional<SiteMatcher.Match> matchPublicOnly() {
        int i = next++ & 1023;
        return matcher.match(publicIps[i], null);
    }
}
