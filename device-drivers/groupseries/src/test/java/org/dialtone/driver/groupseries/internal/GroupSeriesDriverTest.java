package org.dialtone.driver.groupseries.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

public class GroupSeriesDriverTest {
    /** The request a Group Series 500 sends (DEVICES.md 3.4); its user agent is Android's, so only the body tells. */
    static final String REQUEST = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ProvisionRequestMessage"
            + " xmlns:xs=\"http://www.w3.org/2001/XMLSchema-instance\" xs:noNamespaceSchemaLocation=\"PolarisDeviceAPI.xsd\">\n"
            + "<protocolVersion>1.0</protocolVersion>\n<deviceType>GROUPSERIES</deviceType>\n"
            + "    <serialNumber>8212345678AB</serialNumber>\n    <model>RealPresence Group 500</model>\n"
            + "    <softwareVersion>6.2.2.1-540031</softwareVersion><pureVc2Device>TRUE</pureVc2Device>\n"
            + "</ProvisionRequestMessage>";
    private static final Map<String, List<String>> ANDROID = Map.of("user-agent", List.of("Dalvik/1.6.0 (Linux; U; Android 4.0.3; mars Build/IML74K)"));
    private final GroupSeriesDriver driver = new GroupSeriesDriver();

    private Optional<RecognizedDevice> post(String body) {
        return driver.recognize(new ProvisioningRequest("POST", "polaris", ANDROID, body));
    }

    @Test
    public void aProvisionRequestMessageNamesTheSystem() {
        RecognizedDevice device = post(REQUEST).orElseThrow();
        assertEquals("GroupSeries500", device.model());
        assertEquals("6.2.2.1-540031", device.firmwareVersion());
        assertEquals(DeviceIdentity.serial("8212345678AB"), device.identity());
        assertEquals(FileKind.DEVICE_CONFIG, driver.classify(device, "polaris").orElseThrow().kind());
    }

    @Test
    public void otherRequestsAndHostileDocumentsAreNotGroupSeries() {
        assertEquals(Optional.empty(), driver.recognize(new ProvisioningRequest("GET", "polaris", ANDROID, REQUEST)));
        assertEquals(Optional.empty(), post(REQUEST.replace("GROUPSERIES", "HDX")));
        assertEquals(Optional.empty(), post("<polycomConfig/>"));
        assertEquals(Optional.empty(), post("not xml"));
        assertEquals(Optional.empty(), post(null));
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<ProvisionRequestMessage><deviceType>GROUPSERIES</deviceType><serialNumber>&x;</serialNumber></ProvisionRequestMessage>";
        assertEquals("a DOCTYPE is refused, no entity is read", Optional.empty(), post(entity));
    }

    @Test
    public void unknownModelsAndBadSerialsAreHandledConservatively() {
        RecognizedDevice device = post(REQUEST.replace("RealPresence Group 500", "RealPresence Group 900")
                .replace("8212345678AB", "../../x")).orElseThrow();
        assertEquals(GroupSeriesDriver.OTHER_MODEL, device.model());
        assertNull(device.identity());
        assertEquals(Optional.empty(), driver.classify(device, "polaris"));
        assertEquals("GroupSeries310", driver.modelToken("RealPresence Group Series 310"));
    }

    @Test
    public void theResponseIsAProvisionResponseMessageWithEveryParameter() throws Exception {
        String xml = driver.renderConfigFile(List.of(new Parameter("generalConfig.profileUpdateCheckInterval", "PT60S"),
                new Parameter("site.note", "A & <B> \"quoted\"")));
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
        assertEquals("ProvisionResponseMessage", doc.getDocumentElement().getTagName());
        assertEquals("OK", doc.getElementsByTagName("status").item(0).getTextContent());
        assertEquals("1.0", doc.getElementsByTagName("provItemsVersion").item(0).getTextContent());
        Element all = (Element) doc.getElementsByTagName("ALL").item(0);
        assertEquals("PT60S", all.getAttribute("generalConfig.profileUpdateCheckInterval"));
        assertEquals("A & <B> \"quoted\"", all.getAttribute("site.note"));
    }

    @Test
    public void updatesNeedActivationKeysAndTheSchemaShips() throws Exception {
        assertTrue(driver.softwareNeedsActivationKey());
        assertEquals(DeviceIdentity.Kind.SERIAL, driver.identifiedBy());
        try (var schema = driver.openDefaultSchema()) {
            assertTrue(new String(schema.readAllBytes(), StandardCharsets.UTF_8).contains("generalConfig.profileUpdateCheckInterval"));
        }
    }

    @Test
    public void aTarIsAGroupSeriesImageWithTheVersionInItsNameOrStated() {
        org.dialtone.driver.spi.SoftwarePackage named = driver.readSoftwarePackage(new org.dialtone.driver.spi.SoftwareListing(
                "polycom-g500-6.2.2.1-540031.tar", List.of("polycom-g500-6.2.2.1-540031.tar"), Map.of(), null)).orElseThrow();
        assertEquals("6.2.2.1-540031", named.version());
        assertTrue(named.models().contains("GroupSeries500"));
        assertEquals("6.2.0", driver.readSoftwarePackage(new org.dialtone.driver.spi.SoftwareListing("gs.tar", List.of("gs.tar"), Map.of(), "6.2.0"))
                .orElseThrow().version());
        org.junit.Assert.assertThrows(IllegalArgumentException.class, () -> driver.readSoftwarePackage(
                new org.dialtone.driver.spi.SoftwareListing("gs.tar", List.of("gs.tar"), Map.of(), null)));
        assertEquals(Optional.empty(), driver.readSoftwarePackage(new org.dialtone.driver.spi.SoftwareListing("sip.ld", List.of("sip.ld"), Map.of(), "1")));
    }
}
