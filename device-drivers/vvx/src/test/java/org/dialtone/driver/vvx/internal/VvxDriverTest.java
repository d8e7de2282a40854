package org.dialtone.driver.vvx.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dialtone.driver.spi.BootStage;
import org.dialtone.driver.spi.Capabilities;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.driver.spi.TaskType;
import org.junit.Test;
import org.w3c.dom.Element;

public class VvxDriverTest {
    private final VvxDriver driver = new VvxDriver();

    private Optional<RecognizedDevice> recognize(String path, String userAgent) {
        return driver.recognize(new ProvisioningRequest("GET", path, Map.of("user-agent", List.of(userAgent))));
    }

    @Test
    public void modelTableHasEveryVvxWithItsPartNumber() {
        assertEquals(20, driver.models().size());
        DeviceModel vvx411 = driver.models().stream().filter(m -> m.token().equals("VVX411")).findFirst().orElseThrow();
        assertEquals("3111-48450-001", vvx411.partNumber());
        assertEquals("VVX 411", vvx411.displayName());
        assertEquals(java.util.Set.of("VVX"), vvx411.endpointTypes());
        assertTrue(driver.models().stream().anyMatch(m -> m.token().equals("VVXD60")));
    }

    @Test
    public void vvxRequestsAreRecognisedWithModelVersionStageAndMac() {
        RecognizedDevice device = recognize("0004f23ea4e1.cfg", "FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application").orElseThrow();
        assertEquals("vvx", device.family());
        assertEquals("VVX400", device.model());
        assertEquals("4.1.4.7430", device.firmwareVersion());
        assertEquals(BootStage.APPLICATION, device.stage());
        assertEquals("0004f23ea4e1", device.identity().value());
        RecognizedDevice shared = recognize("000000000000.cfg", "FileTransport PolycomVVX-VVX_101-UA/5.4.3.1014 Type/Application").orElseThrow();
        assertEquals(null, shared.identity());
    }

    @Test
    public void otherFamiliesAreLeftToTheirDrivers() {
        assertFalse(recognize("0004f23ea4e1.cfg", "FileTransport PolycomSoundPointIP-SPIP_335-UA/4.2.1.0275").isPresent());
        assertFalse(recognize("0004f23ea4e1.cfg", "FileTransport PolycomRealPresenceTrio-Trio_8800-UA/7.2.2.1094 (SN:12345) Type/Application").isPresent());
        assertFalse(recognize("x.cfg", "curl/8.0").isPresent());
        assertFalse(driver.recognize(new ProvisioningRequest("GET", "x.cfg", Map.of())).isPresent());
    }

    @Test
    public void anUnknownVvxModelIsStillRecognised() {
        assertEquals("VVX999", recognize("0004f23ea4e1.cfg", "FileTransport PolycomVVX-VVX_999-UA/6.4.0.1 Type/Application").orElseThrow().model());
    }

    @Test
    public void restControlFrom54AndNotOnTheD60() {
        Capabilities old = driver.capabilities("VVX400", "4.1.4.7430");
        assertFalse(old.restApi());
        assertTrue(old.tasks().isEmpty());
        assertNotNull(old.note());
        Capabilities current = driver.capabilities("VVX411", "6.3.1.8427");
        assertTrue(current.restApi());
        assertTrue(current.tasks().contains(TaskType.REBOOT));
        assertTrue(driver.capabilities("VVX410", "5.7.0.1234").note().contains("5.7.0"));
        assertFalse(driver.capabilities("VVXD60", "6.3.1").restApi());
        assertFalse(driver.capabilities("VVX410", null).restApi());
        assertTrue(org.dialtone.driver.ucs.UcsDriverSupport.atLeast("5.10.0", new int[] {5, 4}));
        assertFalse(org.dialtone.driver.ucs.UcsDriverSupport.atLeast("5.3.9", new int[] {5, 4}));
    }

    @Test
    public void standardProfilesNeverCarryAWellKnownPassword() {
        List<StandardProfile> profiles = driver.standardProfiles();
        assertTrue(profiles.stream().anyMatch(p -> p.name().equals("VVX-AdminPassword-Change-TEMPLATE") && p.template()));
        StandardProfile baseline = profiles.stream().filter(p -> p.name().equals("VVX-Management-Baseline")).findFirst().orElseThrow();
        assertFalse(baseline.template());
        assertTrue(baseline.parameters().contains(new StandardProfile.Parameter("apps.restapi.enabled", "1")));
        assertTrue(baseline.parameters().contains(new StandardProfile.Parameter("device.auth.localAdminPassword", "${device_admin_password}")));
        assertTrue(profiles.stream().flatMap(p -> p.parameters().stream()).noneMatch(p -> p.value().equals("456")));
    }

    @Test
    public void defaultSchemaIsAnXsdOfAttributes() throws Exception {
        try (InputStream xsd = driver.openDefaultSchema()) {
            Element root = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(xsd).getDocumentElement();
            assertEquals("xsd:schema", root.getTagName());
            assertTrue(root.getElementsByTagName("xsd:attribute").getLength() > 40);
        }
    }

    @Test
    public void tasksMapToTheDeviceRestApiOnlyWhereTheyApply() {
        org.dialtone.driver.spi.DeviceRequest reboot = driver.taskRequest("VVX411", "6.3.1.8427", org.dialtone.driver.spi.TaskType.REBOOT, java.util.Map.of())
                .orElseThrow();
        assertEquals("POST", reboot.method());
        assertEquals("/api/v1/mgmt/safeReboot", reboot.path());
        org.dialtone.driver.spi.DeviceRequest dial = driver.taskRequest("VVX411", "6.3.1.8427", org.dialtone.driver.spi.TaskType.DIAL,
                java.util.Map.of("destination", "1001")).orElseThrow();
        assertEquals("/api/v1/callctrl/dial", dial.path());
        assertEquals(java.util.Map.of("data", java.util.Map.of("Dest", "1001", "Line", "1", "Type", "SIP")), dial.body());
        assertEquals(java.util.Map.of("data", java.util.List.of("up.screenCapture.enabled")), driver.taskRequest("VVX411", "6.3.1.8427",
                org.dialtone.driver.spi.TaskType.GET_PARAMETERS, java.util.Map.of("up.screenCapture.enabled", "")).orElseThrow().body());
        assertEquals("no REST API before 5.4", java.util.Optional.empty(),
                driver.taskRequest("VVX400", "4.1.4.7430", org.dialtone.driver.spi.TaskType.REBOOT, java.util.Map.of()));
        IllegalArgumentException bad = org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> driver.taskRequest("VVX411",
                "6.3.1.8427", org.dialtone.driver.spi.TaskType.DIAL, java.util.Map.of("destination", "1001\"}")));
        assertTrue(bad.getMessage(), bad.getMessage().startsWith("destination"));
    }

    @Test
    public void theActiveDirectoryPasswordAndConfigurationKindsHaveTheirCalls() {
        assertEquals(java.util.Map.of("data", java.util.Map.of("device.logincred.password.set", "1", "device.logincred.password", "s3cret")),
                driver.taskRequest("VVX411", "6.3.1.8427", org.dialtone.driver.spi.TaskType.AD_PASSWORD, java.util.Map.of("password", "s3cret"))
                        .orElseThrow().body());
        assertEquals("device settings are the running configuration", "/api/v1/mgmt/device/runningConfig", driver.taskRequest("VVX411", "6.3.1.8427",
                org.dialtone.driver.spi.TaskType.GET_CONFIGURATION, java.util.Map.of("kind", "device")).orElseThrow().path());
        assertEquals("/Utilities/configuration/exportFile?source=2", driver.taskRequest("VVX411", "6.3.1.8427",
                org.dialtone.driver.spi.TaskType.GET_CONFIGURATION, java.util.Map.of("kind", "local")).orElseThrow().path());
        assertThrows(IllegalArgumentException.class, () -> driver.taskRequest("VVX411", "6.3.1.8427",
                org.dialtone.driver.spi.TaskType.GET_CONFIGURATION, java.util.Map.of("kind", "everything")));
    }

    @Test
    public void aPacketCaptureStartsAsABackgroundCaptureThatUploadsWhereDialtoneSays() {
        Map<?, ?> start = (Map<?, ?>) ((Map<?, ?>) driver.taskRequest("VVX411", "6.3.1.8427", org.dialtone.driver.spi.TaskType.PACKET_CAPTURE,
                Map.of("action", "start", "filter", "udp port 5060", "sizeMb", "2", "uploadUrl", "https://dialtone/device-captures/t"))
                .orElseThrow().body()).get("data");
        assertEquals("udp port 5060", start.get("diags.pcap.filter.1"));
        assertEquals("2048", start.get("diags.pcap.background.bufferSize"));
        assertEquals("https://dialtone/device-captures/t", start.get("diags.pcap.background.uploadURL"));
        assertEquals("1", start.get("diags.pcap.background.enabled"));
        org.dialtone.driver.spi.DeviceRequest upload = driver.taskRequest("VVX411", "6.3.1.8427", org.dialtone.driver.spi.TaskType.PACKET_CAPTURE,
                Map.of("action", "upload", "uploadUrl", "https://dialtone/device-captures/t")).orElseThrow();
        assertEquals("/api/v1/mgmt/network/uploadBgCapture", upload.path());
        Map<?, ?> end = (Map<?, ?>) ((Map<?, ?>) driver.taskRequest("VVX411", "6.3.1.8427", org.dialtone.driver.spi.TaskType.PACKET_CAPTURE,
                Map.of("action", "end")).orElseThrow().body()).get("data");
        assertEquals("0", end.get("diags.pcap.background.enabled"));
    }
}
