package org.dialtone.api.system;

import java.util.List;
import java.util.Map;

/**
 * One metric family as Prometheus' text format names it: {@code type} counter, gauge or histogram; each sample's
 * {@code suffix} ("" or _bucket, _sum, _count) follows the name. Names are {@code dialtone_…}, in base units.
 */
public record Metric(String name, String type, String help, List<Sample> samples) {
    public Metric {
        samples = List.copyOf(samples);
    }

    public record Sample(String suffix, Map<String, String> labels, double value) {
        public Sample {
            labels = Map.copyOf(labels);
        }
    }

    public static Metric gauge(String name, String help, double value) {
        return new Metric(name, "gauge", help, List.of(new Sample("", Map.of(), value)));
    }
}
