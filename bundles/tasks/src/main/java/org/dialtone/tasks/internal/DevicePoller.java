package org.dialtone.tasks.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.SipRegistration;
import org.dialtone.api.monitoring.StatusPoller;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.driver.spi.StatusReport;
import org.dialtone.drivers.DriverRegistry;
import org.dialtone.store.DeviceStateRepository;
import org.dialtone.store.DeviceStateRepository.Heard;
import org.dialtone.store.DeviceStateRepository.LineReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Polls a device's status through the device link: the driver's status requests in order, their answers read by the
 * driver and taken together (lines from the line information, calls from the call status), recorded as one report.
 * A device that answers is online, even when some answer could not be read; one that does not is left as it was.
 */
@Component(service = StatusPoller.class)
public class DevicePoller implements StatusPoller {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final DeviceService devices;
    private final DriverRegistry drivers;
    private final DeviceLink link;
    private final DeviceStateRepository states;
    private final Clock clock = Clock.systemUTC();

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC)
    private volatile org.dialtone.api.monitoring.Alerts alerts;

    @Activate
    public DevicePoller(@Reference DeviceService devices, @Reference DriverRegistry drivers, @Reference DeviceLink link,
                        @Reference DeviceStateRepository states) {
        this.devices = devices;
        this.drivers = drivers;
        this.link = link;
        this.states = states;
    }

    @Override
    public void poll(long deviceId) {
        Device device;
        try {
            device = devices.get(deviceId);
        } catch (NotFoundException e) {
            return;
        }
        if (device.family() == null || device.softwareVersion() == null || device.mac() == null) {
            states.pollFailed(deviceId, clock.instant(), "Not polled: the device has not contacted Dialtone yet");
            return;
        }
        DeviceDriver driver = drivers.byFamily(device.family()).orElse(null);
        if (driver == null) {
            states.pollFailed(deviceId, clock.instant(), "Not polled: no installed driver serves the " + device.family() + " family");
            return;
        }
        List<DeviceRequest> requests = driver.statusRequests(device.model(), device.softwareVersion());
        if (requests.isEmpty()) {
            states.pollFailed(deviceId, clock.instant(), "Not applicable: the model reports no status through a REST API at this firmware");
            return;
        }
        List<StatusReport> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (DeviceRequest request : requests) {
            DeviceLink.DeviceAnswer answer;
            try {
                answer = link.call(device, request);
            } catch (IOException e) {
                if (reports.isEmpty()) {
                    states.pollFailed(deviceId, clock.instant(), "Could not reach the device's REST API: " + e.getMessage());
                    return;
                }
                problems.add(request.path() + ": " + e.getMessage());
                continue;
            }
            if (answer.status() == 401) {
                states.pollFailed(deviceId, clock.instant(), "The device refused Dialtone's credentials (HTTP 401): give it the management baseline profile");
                return;
            }
            try {
                reports.add(driver.readStatus(request, answer.status(), json(answer.body())));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        states.heard(deviceId, together(reports, clock.instant(), problems.isEmpty() ? "OK" : "Partly read: " + String.join("; ", problems)))
                .ifPresent(t -> {
                    org.dialtone.api.monitoring.Alerts current = alerts;
                    if (current != null) {
                        current.deviceHeard(deviceId, t.cameOnline(), t.before(), t.after());
                    }
                });
    }

    private static Object json(byte[] body) {
        try {
            return body.length == 0 ? null : JSON.readValue(body, Object.class);
        } catch (IOException e) {
            return null;
        }
    }

    /** One poll's reports as one: a line takes its address and registration from one answer, its call from another. */
    static Heard together(List<StatusReport> reports, Instant at, String result) {
        Map<Integer, LineReport> lines = new LinkedHashMap<>();
        boolean allLines = false;
        Boolean inCall = null;
        Long uptime = null;
        for (StatusReport report : reports) {
            allLines |= report.allLines();
            inCall = report.inCall() != null ? report.inCall() : inCall;
            uptime = report.uptimeSeconds() != null ? report.uptimeSeconds() : uptime;
            for (StatusReport.LineStatus line : report.lines()) {
                LineReport known = lines.get(line.line());
                lines.put(line.line(), new LineReport(line.line(), first(line.address(), known == null ? null : known.address()),
                        first(line.label(), known == null ? null : known.label()),
                        line.registration() != null ? registration(line.registration()) : known == null ? null : known.registration(),
                        first(line.callState(), known == null ? null : known.callState()),
                        line.inCall() != null ? line.inCall() : known == null ? null : known.inCall()));
            }
        }
        if (inCall != null) {
            // The call status names the lines in a call; every other line has none.
            lines.replaceAll((n, l) -> l.inCall() != null ? l : new LineReport(n, l.address(), l.label(), l.registration(), null, false));
        }
        return new Heard("POLL", at, null, List.copyOf(lines.values()), allLines, inCall, null, false, null, uptime, result);
    }

    private static String first(String value, String otherwise) {
        return value != null ? value : otherwise;
    }

    private static SipRegistration registration(StatusReport.Registration registration) {
        return switch (registration) {
            case REGISTERED -> SipRegistration.REGISTERED;
            case UNREGISTERED -> SipRegistration.UNREGISTERED;
            case UNKNOWN -> SipRegistration.UNKNOWN;
        };
    }
}
