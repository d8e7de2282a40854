package org.dialtone.profiles.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dialtone.api.profiles.SchemaAttribute;
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

/** Searching a schema of 30,000 parameters (the size of a UC Software polycomConfig.xsd) by substring. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class SchemaSearchBenchmark {
    private XsdIndex index;
    private byte[] xsd;

    @Setup
    public void setUp() {
        StringBuilder s = new StringBuilder("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">");
        String[] areas = {"reg", "call", "voIpProt.SIP", "tcpIpApp", "feature", "up", "device", "sec", "voice", "video"};
        for (int i = 0; i < 30_000; i++) {
            s.append("<xsd:attribute name=\"").append(areas[i % areas.length]).append(".item").append(i / areas.length)
                    .append(".setting").append(i % 7).append("\" type=\"xsd:string\"/>");
        }
        xsd = s.append("</xsd:schema>").toString().getBytes(StandardCharsets.UTF_8);
        index = XsdIndex.parse(xsd);
    }

    @Benchmark
    public List<SchemaAttribute> searchRareSubstring() {
        return index.search("item2999.", 50);
    }

    @Benchmark
    public List<SchemaAttribute> searchCommonSubstring() {
        return index.search("sip", 50);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public XsdIndex parseAndIndex() {
        return XsdIndex.parse(xsd);
    }
}
