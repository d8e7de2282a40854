package org.dialtone.driver.spi;

import java.util.List;

/**
 * What a device said of its status in answer to one of its driver's {@link DeviceDriver#statusRequests status requests}.
 * Null fields: the answer did not say.
 *
 * @param lines        the lines it reported
 * @param allLines     {@code lines} are all the device has (a line information answer), not some of them
 * @param inCall       false: no line is in a call (an empty call status); true: some call is under way
 * @param uptimeSeconds time since the device last started
 * @param firmwareVersion the application version it runs
 * @since 2.8
 */
public record StatusReport(List<LineStatus> lines, boolean allLines, Boolean inCall, Long uptimeSeconds, String firmwareVersion) {
    public static final StatusReport NOTHING = new StatusReport(List.of(), false, null, null, null);

    public StatusReport {
        lines = List.copyOf(lines);
    }

    /** A line: its SIP address or number, its label, registration, and its call's state in the device's words when it is in one. */
    public record LineStatus(int line, String address, String label, Registration registration, String callState, Boolean inCall) {
    }

    public enum Registration { REGISTERED, UNREGISTERED, UNKNOWN }
}
