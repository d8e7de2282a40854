package org.dialtone.driver.studio.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.dialtone.driver.spi.Capabilities;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningFile;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.junit.Test;

public class StudioDriverTest {
    private static final String AGENT = "PolyStudio/1.3.0.0112 (Studio; SN:8218404c20ccf9)";
    private final StudioDriver driver = new StudioDriver();

    private static ProvisioningRequest get(String path, String agent) {
        return new ProvisioningRequest("GET", path, Map.of("user-agent", List.of(agent)));
    }

    @Test
    public void aStudioIsKnownByTheSerialNumberInItsAgentAndPath() {
        RecognizedDevice device = driver.recognize(get("studio/v1/8218404c20ccf9/config", AGENT)).orElseThrow();
        assertEquals("Studio", device.model());
        assertEquals("1.3.0.0112", device.firmwareVersion());
        assertEquals(DeviceIdentity.serial("8218404c20ccf9"), device.identity());
        assertEquals(Optional.of(new ProvisioningFile(FileKind.DEVICE_CONFIG, "8218404c20ccf9.conf", false)),
                driver.classify(device, "studio/v1/8218404c20ccf9/config"));
        assertEquals(FileKind.LOG, driver.classify(device, "studio/v1/8218404c20ccf9/log").orElseThrow().kind());
        assertEquals("StudioR30", driver.recognize(get("studio/v1/X1/config", "PolyStudio/2.0 (StudioR30; SN:X1)")).orElseThrow().model());
    }

    @Test
    public void anotherDevicesSerialInThePathGetsNothing() {
        RecognizedDevice device = driver.recognize(get("studio/v1/OTHER123/config", AGENT)).orElseThrow();
        assertNull(device.identity());
        assertEquals(Optional.empty(), driver.classify(device, "studio/v1/OTHER123/config"));
    }

    @Test
    public void phonesAndMalformedAgentsAreNotStudios() {
        for (String agent : List.of("FileTransport PolycomVVX-VVX_410-UA/5.9.0.9373 (SN:0004f2000001) Type/Application",
                "PolyStudio/", "PolyStudio/1.0 (Studio; SN:../../etc)", "PolyStudio/1.0 (Studio; SN:" + "9".repeat(65) + ")", "")) {
            assertEquals(agent, Optional.empty(), driver.recognize(get("studio/v1/x/config", agent)));
        }
    }

    @Test
    public void theConfigurationDocumentReadsBackAsPropertiesWithItsEscapes() throws Exception {
        String text = driver.renderConfigFile(List.of(new Parameter("poll.intervalSeconds", "300"),
                new Parameter("device.name", "Board room\nwest \\ 2"), new Parameter("bad key", "dropped")));
        assertTrue(text, text.startsWith(StudioDriver.FIRST_LINE + "\n"));
        assertTrue("sorted by key", text.indexOf("device.name") < text.indexOf("poll.intervalSeconds"));
        Properties read = new Properties();
        read.load(new StringReader(text));
        assertEquals("Board room\nwest \\ 2", read.getProperty("device.name"));
        assertEquals("300", read.getProperty("poll.intervalSeconds"));
        assertFalse(read.containsKey("bad"));
    }

    @Test
    public void studiosAreSerialIdentifiedUnlicensedAndTakeNoTasks() {
        assertEquals(DeviceIdentity.Kind.SERIAL, driver.identifiedBy());
        assertEquals("device.name", driver.deviceNameParameter());
        Capabilities capabilities = driver.capabilities("Studio", "1.3.0");
        assertTrue(capabilities.tasks().isEmpty());
        assertFalse(capabilities.needsLicense());
        assertFalse(capabilities.restApi());
    }

    @Test
    public void theSchemaAndProfilesShip() throws Exception {
        try (var schema = driver.openDefaultSchema()) {
            String xsd = new String(schema.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xsd.contains("poll.intervalSeconds"));
        }
        assertTrue(driver.standardProfiles().stream().anyMatch(p -> p.template() && p.parameters().get(0).name().equals("device.name")));
    }

    @Test
    public void aStudioReleaseIsOneZipNamedForTheProductAndTheDocumentSaysWhereItIs() {
        org.dialtone.driver.spi.SoftwarePackage release = driver.readSoftwarePackage(new org.dialtone.driver.spi.SoftwareListing(
                "PolyStudio-4.0.1.0123.zip", List.of("firmware.bin"), Map.of(), null)).orElseThrow();
        assertEquals("4.0.1.0123", release.version());
        assertEquals(List.of("PolyStudio-4.0.1.0123.zip"), release.deviceFiles());
        assertTrue(release.models().contains("StudioR30"));
        assertEquals("a UC Software package is not a Studio's", Optional.empty(), driver.readSoftwarePackage(
                new org.dialtone.driver.spi.SoftwareListing("ucs-6.4.3.zip", List.of("sip.ld"), Map.of(), null)));
        assertTrue(org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> driver.readSoftwarePackage(
                new org.dialtone.driver.spi.SoftwareListing("studio-latest.zip", List.of("x"), Map.of(), null))).getMessage()
                .contains("state the version"));
        assertEquals(List.of(new Parameter("software.version", "4.0.1.0123"),
                        new Parameter("software.url", "https://prov.example.com/prov/software/9/PolyStudio-4.0.1.0123.zip")),
                driver.softwareParameters("4.0.1.0123", "https://prov.example.com/prov/software/9", List.of("PolyStudio-4.0.1.0123.zip")));
    }
}
