package org.dialtone.api.system;

import java.util.List;

/** A capability's metrics, registered as a service; {@code /api/v1/metrics} writes every source's in Prometheus' text format. */
public interface MetricSource {
    /** The current values; asked at every scrape, so kept to counters in memory and a few aggregate queries. */
    List<Metric> metrics();
}
