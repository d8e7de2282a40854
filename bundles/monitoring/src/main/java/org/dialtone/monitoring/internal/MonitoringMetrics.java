package org.dialtone.monitoring.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dialtone.api.inventory.DeviceSummary;
import org.dialtone.api.monitoring.Alert;
import org.dialtone.api.system.Metric;
import org.dialtone.api.system.MetricSource;
import org.dialtone.store.AlertRepository;
import org.dialtone.store.DeviceRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Devices by state, SIP registration and call status, open alerts by kind, pushed events by what became of them. */
@Component(service = MetricSource.class)
public class MonitoringMetrics implements MetricSource {
    private final DeviceRepository devices;
    private final AlertRepository alerts;
    private final DeviceEventService events;

    @Activate
    public MonitoringMetrics(@Reference DeviceRepository devices, @Reference AlertRepository alerts, @Reference DeviceEventService events) {
        this.devices = devices;
        this.alerts = alerts;
        this.events = events;
    }

    @Override
    public List<Metric> metrics() {
        DeviceSummary summary = devices.states();
        List<Metric> metrics = new ArrayList<>();
        metrics.add(new Metric("dialtone_devices", "gauge", "Devices in the inventory by online state", List.of(
                new Metric.Sample("", Map.of("status", "online"), summary.online()),
                new Metric.Sample("", Map.of("status", "offline"), summary.devices() - summary.online()))));
        metrics.add(new Metric("dialtone_devices_by_registration", "gauge", "Devices by SIP registration over their lines",
                summary.byRegistration().stream().map(t -> new Metric.Sample("", Map.of("registration", t.name().toLowerCase(java.util.Locale.ROOT)),
                        t.devices())).toList()));
        metrics.add(new Metric("dialtone_devices_by_call_status", "gauge", "Devices by call status",
                summary.byCallStatus().stream().map(t -> new Metric.Sample("", Map.of("call_status", t.name().toLowerCase(java.util.Locale.ROOT)),
                        t.devices())).toList()));
        Map<Alert.Kind, Long> open = alerts.openCounts();
        List<Metric.Sample> byKind = new ArrayList<>();
        for (Alert.Kind kind : Alert.Kind.values()) {
            byKind.add(new Metric.Sample("", Map.of("kind", kind.name().toLowerCase(java.util.Locale.ROOT)), open.getOrDefault(kind, 0L)));
        }
        metrics.add(new Metric("dialtone_alerts_open", "gauge", "Alerts not cleared, by kind", byKind));
        List<Metric.Sample> received = new ArrayList<>();
        events.outcomes().forEach((outcome, count) -> received.add(new Metric.Sample("",
                Map.of("outcome", outcome.name().toLowerCase(java.util.Locale.ROOT)), count)));
        metrics.add(new Metric("dialtone_device_events_total", "counter", "Telephony events devices posted, by what became of them", received));
        return metrics;
    }
}
