package org.dialtone.driver.ucs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.dialtone.driver.spi.StatusReport;
import org.junit.Test;

public class UcsRestStatusTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Object fixture(String name) throws Exception {
        return JSON.readValue(Fixtures.file("trio-rest-api/" + name).toFile(), Object.class);
    }

    @Test
    public void aTriosLineInformationNamesItsRegisteredLine() throws Exception {
        StatusReport report = UcsRestStatus.read(UcsRestStatus.LINE_INFO, 200, fixture("v1_mgmt_lineinfo.json"));
        assertTrue(report.allLines());
        assertEquals(1, report.lines().size());
        StatusReport.LineStatus line = report.lines().get(0);
        assertEquals(1, line.line());
        assertEquals("sip@example.org", line.address());
        assertEquals("Poly Trio8800", line.label());
        assertEquals(StatusReport.Registration.REGISTERED, line.registration());
    }

    @Test
    public void aLineStillRegisteringKeepsWhatTheLineInformationSaid() throws Exception {
        StatusReport report = UcsRestStatus.read(UcsRestStatus.SIP_STATUS, 200, fixture("v1_webCallControl_sipStatus.json"));
        assertTrue(report.lines().isEmpty());
        assertEquals(null, report.inCall());
    }

    @Test
    public void theSipStackSaysWhenALineLostItsRegistration() {
        Map<String, Object> answer = Map.of("Status", "2000", "data", Map.of("User", List.of(
                Map.of("LineNumber", "1", "Events", List.of(Map.of("Type", "Register", "RegistrationState", "Registered"))),
                Map.of("LineNumber", "2", "Events", List.of(Map.of("Type", "Register", "RegistrationState", "Unregistered"))))));
        StatusReport report = UcsRestStatus.read(UcsRestStatus.SIP_STATUS, 200, answer);
        assertEquals(List.of(StatusReport.Registration.REGISTERED, StatusReport.Registration.UNREGISTERED),
                report.lines().stream().map(StatusReport.LineStatus::registration).toList());
        assertFalse(report.allLines());
    }

    @Test
    public void firmwareWithoutSipStatusLeavesThePollWhole() {
        assertEquals(StatusReport.NOTHING, UcsRestStatus.read(UcsRestStatus.SIP_STATUS, 404, null));
    }

    @Test
    public void aV2DeviceInformationGivesUptimeAndFirmware() throws Exception {
        StatusReport report = UcsRestStatus.read(UcsRestStatus.DEVICE_INFO, 200, fixture("v2_mgmt_device_info.json"));
        assertEquals(Long.valueOf(86400 + 3600 + 41 * 60 + 28), report.uptimeSeconds());
        assertEquals("7.2.2.1094", report.firmwareVersion());
    }

    @Test
    public void aV1DeviceInformationReadsItsUptimeText() {
        Map<String, Object> answer = Map.of("Status", "2000", "data", Map.of("FirmwareRelease", "5.9.7.3480", "UpTimeSinceLastReboot", "2 Days 3:04:05"));
        StatusReport report = UcsRestStatus.read(UcsRestStatus.DEVICE_INFO, 200, answer);
        assertEquals(Long.valueOf(2 * 86400 + 3 * 3600 + 4 * 60 + 5), report.uptimeSeconds());
        assertEquals("5.9.7.3480", report.firmwareVersion());
    }

    @Test
    public void aConnectedCallPutsItsLineInACall() throws Exception {
        StatusReport report = UcsRestStatus.read(UcsRestStatus.CALL_STATUS, 200, fixture("v2_webCallControl_callStatus.in_call.json"));
        assertEquals(Boolean.TRUE, report.inCall());
        assertEquals(List.of(new StatusReport.LineStatus(1, null, null, null, "Connected", true)), report.lines());
    }

    @Test
    public void anIdlePhoneHasNoCall() throws Exception {
        assertEquals(Boolean.FALSE, UcsRestStatus.read(UcsRestStatus.CALL_STATUS, 200, fixture("v2_webCallControl_callStatus.initial.json")).inCall());
        assertEquals(Boolean.FALSE, UcsRestStatus.read(UcsRestStatus.CALL_STATUS, 200, Map.of("Status", "4007")).inCall());
    }

    @Test
    public void aRefusedReadSaysWhat() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> UcsRestStatus.read(UcsRestStatus.LINE_INFO, 200, Map.of("Status", "5000")));
        assertTrue(refused.getMessage(), refused.getMessage().contains("status 5000"));
        assertNull(UcsRestStatus.read(UcsRestStatus.DEVICE_INFO, 200, Map.of("Status", "2000", "data", Map.of())).uptimeSeconds());
    }
}
