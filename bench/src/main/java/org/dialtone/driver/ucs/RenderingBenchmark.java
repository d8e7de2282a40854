package org.dialtone.driver.ucs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
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

/** Writing a phone's master configuration and its generated polycomConfig file of 200 parameters (the cache misses). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RenderingBenchmark {
    private MasterConfig master;
    private List<Parameter> parameters;

    @Setup
    public void configuration() {
        Map<String, String> directories = new LinkedHashMap<>();
        directories.put("LOG_FILE_DIRECTORY", "logs");
        directories.put("OVERRIDES_DIRECTORY", "overrides");
        directories.put("CONTACTS_DIRECTORY", "contacts");
        master = new MasterConfig("VVX410", "sip.ld", List.of("0004f2000001-dialtone.cfg", "site.cfg"), directories,
                Map.of("_mac_cfg_site", "berlin"));
        parameters = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            parameters.add(new Parameter((i % 4 == 0 ? "device.param" : "reg." + (i % 12) + ".setting") + i, "value <" + i + "> & \"" + i + "\""));
        }
    }

    @Benchmark
    public String masterConfiguration() {
        return UcsXml.masterConfig(master);
    }

    @Benchmark
    public String configFileOf200Parameters() {
        return UcsXml.configFile(parameters);
    }
}
