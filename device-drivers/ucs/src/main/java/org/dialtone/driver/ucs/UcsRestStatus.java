package org.dialtone.driver.ucs;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.driver.spi.StatusReport;
import org.dialtone.driver.spi.StatusReport.LineStatus;

/**
 * The UC Software REST calls that read a device's status (DEVICES.md 2, DEVICES-MANAGEMENT.md 2.5) and how their
 * answers read. Builds differ in shape ({@code data} one object or an array, v1 or v2 uptime), so both are read.
 */
public final class UcsRestStatus {
    public static final DeviceRequest DEVICE_INFO = new DeviceRequest("GET", "/api/v1/mgmt/device/info", null);
    public static final DeviceRequest LINE_INFO = new DeviceRequest("GET", "/api/v1/mgmt/lineInfo", null);
    public static final DeviceRequest SIP_STATUS = new DeviceRequest("GET", "/api/v1/webCallControl/sipStatus", null);
    public static final DeviceRequest CALL_STATUS = new DeviceRequest("GET", "/api/v1/webCallControl/callStatus", null);
    private static final Pattern UPTIME = Pattern.compile("(\\d+)\\s*days?\\s+(\\d+):(\\d+):(\\d+)", Pattern.CASE_INSENSITIVE);
    /** Call states in which a line is in a call (not Dialtone, Free, Disconnected). */
    private static final java.util.Set<String> IN_CALL = java.util.Set.of("setup", "ringback", "offering", "connected", "hold", "held",
            "incoming", "outgoing", "active");

    private UcsRestStatus() {
    }

    /**
     * What a management baseline sets so that phones post their telephony events to Dialtone at once
     * (DEVICES-MANAGEMENT.md 2.1): the receiver's address, which the core fills in for {@code ${device_events_url}}, and
     * the events that change what the admin sees (registration, calls, hook, sign-in).
     */
    public static List<org.dialtone.driver.spi.StandardProfile.Parameter> telephonyEventParameters() {
        return List.of(new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.URL", "${device_events_url}"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.lineRegistrationEvent", "1"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.callStateChangeEvent", "1"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.incomingEvent", "1"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.outgoingEvent", "1"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.offhookEvent", "1"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.onhookEvent", "1"),
                new org.dialtone.driver.spi.StandardProfile.Parameter("apps.telNotification.userLogInOutEvent", "1"));
    }

    /** Device information always; line, SIP and call status unless the firmware cannot report them. */
    public static List<DeviceRequest> requests(boolean linesAndCalls) {
        return linesAndCalls ? List.of(DEVICE_INFO, LINE_INFO, SIP_STATUS, CALL_STATUS) : List.of(DEVICE_INFO);
    }

    public static StatusReport read(DeviceRequest request, int httpStatus, Object answer) {
        Object data = answer instanceof Map<?, ?> envelope ? envelope.get("data") : null;
        String status = answer instanceof Map<?, ?> envelope && envelope.get("Status") != null ? envelope.get("Status").toString() : "";
        if (request.path().endsWith("/callStatus")) {
            // 4007: "call does not exist", what an idle phone answers.
            if ("4007".equals(status) || httpStatus == 404 && data == null) {
                return new StatusReport(List.of(), false, false, null, null);
            }
            return calls(objects(data, request));
        }
        if (request.path().endsWith("/sipStatus") && httpStatus == 404) {
            // UNVERIFIED which builds answer it; the line information's registration stands without it.
            return StatusReport.NOTHING;
        }
        if (httpStatus / 100 != 2 || !status.isEmpty() && !status.equals("2000")) {
            throw new IllegalArgumentException("the device answered " + request.path() + " with HTTP " + httpStatus
                    + (status.isEmpty() ? "" : " and status " + status));
        }
        if (request.path().endsWith("/lineInfo")) {
            List<LineStatus> lines = new ArrayList<>();
            for (Map<?, ?> line : objects(data, request)) {
                int number = number(line.get("LineNumber"));
                if (number > 0) {
                    lines.add(new LineStatus(number, text(line.get("SIPAddress")), text(line.get("Label")), registration(text(line.get("RegistrationStatus"))),
                            null, null));
                }
            }
            return new StatusReport(lines, true, null, null, null);
        }
        if (request.path().endsWith("/sipStatus")) {
            return sipStatus(objects(data, request));
        }
        if (request.path().endsWith("/device/info")) {
            Map<?, ?> info = objects(data, request).stream().findFirst().orElse(Map.of());
            Object firmware = info.get("Firmware");
            String version = firmware instanceof Map<?, ?> f ? text(f.get("Application")) : text(info.get("FirmwareRelease"));
            return new StatusReport(List.of(), false, null, uptime(info), version == null ? null : version.split("\\s+")[0]);
        }
        return StatusReport.NOTHING;
    }

    /**
     * The SIP stack's own registration per line ({@code User[].Events[]} of type Register): Registered or a failure
     * overrides the line information; Registering (a refresh under way) says nothing either way.
     */
    private static StatusReport sipStatus(List<Map<?, ?>> data) {
        List<LineStatus> lines = new ArrayList<>();
        for (Map<?, ?> status : data) {
            if (!(status.get("User") instanceof List<?> users)) {
                continue;
            }
            for (Object item : users) {
                if (item instanceof Map<?, ?> user && number(user.get("LineNumber")) > 0 && user.get("Events") instanceof List<?> events) {
                    StatusReport.Registration registration = null;
                    for (Object e : events) {
                        if (e instanceof Map<?, ?> event && "Register".equalsIgnoreCase(text(event.get("Type")))) {
                            String state = text(event.get("RegistrationState"));
                            registration = state == null || state.equalsIgnoreCase("registering") ? registration : registration(state);
                        }
                    }
                    if (registration != null && registration != StatusReport.Registration.UNKNOWN) {
                        lines.add(new LineStatus(number(user.get("LineNumber")), null, null, registration, null, null));
                    }
                }
            }
        }
        return new StatusReport(lines, false, null, null, null);
    }

    private static StatusReport calls(List<Map<?, ?>> calls) {
        List<LineStatus> lines = new ArrayList<>();
        boolean any = false;
        for (Map<?, ?> call : calls) {
            String state = text(call.get("CallState"));
            boolean active = state != null && IN_CALL.contains(state.toLowerCase(Locale.ROOT));
            any |= active;
            int line = number(call.get("LineID"));
            if (line > 0 && active) {
                lines.add(new LineStatus(line, null, null, null, state, true));
            }
        }
        return new StatusReport(lines, false, any, null, null);
    }

    /** v1 {@code UpTimeSinceLastReboot} "0 Day 0:12:25", v2 {@code UpTime{Days, Hours, Minutes, Seconds}}. */
    static Long uptime(Map<?, ?> info) {
        if (info.get("UpTime") instanceof Map<?, ?> parts) {
            return 86400L * number(parts.get("Days")) + 3600L * number(parts.get("Hours")) + 60L * number(parts.get("Minutes"))
                    + number(parts.get("Seconds"));
        }
        String text = text(info.get("UpTimeSinceLastReboot"));
        Matcher m = text == null ? null : UPTIME.matcher(text);
        if (m == null || !m.find()) {
            return null;
        }
        return 86400L * Long.parseLong(m.group(1)) + 3600L * Long.parseLong(m.group(2)) + 60L * Long.parseLong(m.group(3)) + Long.parseLong(m.group(4));
    }

    private static List<Map<?, ?>> objects(Object data, DeviceRequest request) {
        if (data == null) {
            return List.of();
        }
        if (data instanceof Map<?, ?> one) {
            return List.of(one);
        }
        if (data instanceof List<?> many) {
            List<Map<?, ?>> objects = new ArrayList<>();
            for (Object item : many) {
                if (item instanceof Map<?, ?> m) {
                    objects.add(m);
                }
            }
            return objects;
        }
        throw new IllegalArgumentException("the device's answer to " + request.path() + " holds no data object");
    }

    private static StatusReport.Registration registration(String text) {
        if (text == null) {
            return StatusReport.Registration.UNKNOWN;
        }
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "registered" -> StatusReport.Registration.REGISTERED;
            case "unregistered", "registering", "failed", "notregistered", "not registered" -> StatusReport.Registration.UNREGISTERED;
            default -> StatusReport.Registration.UNKNOWN;
        };
    }

    private static String text(Object value) {
        return value == null || value.toString().isBlank() ? null : value.toString().strip();
    }

    private static int number(Object value) {
        String text = text(value);
        if (text == null || !text.matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(text);
    }
}
