package org.dialtone.driver.cx.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.junit.Test;

public class CxDriverTest {
    private final CxDriver driver = new CxDriver();

    private java.util.Optional<RecognizedDevice> recognize(String ua) {
        return driver.recognize(new ProvisioningRequest("GET", "0004f23ea4e1.cfg", Map.of("user-agent", List.of(ua))));
    }

    @Test
    public void recognisesItsFamilyOnly() {
        RecognizedDevice device = recognize("FileTransport PolycomCX5500-CX_5500-UA/5.1.2.0001 Type/Application").orElseThrow();
        assertEquals("cx", device.family());
        assertEquals("CX5500", device.model());
        assertEquals("0004f23ea4e1", device.identity().value());
        assertFalse(recognize("FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application").isPresent());
    }

    @Test
    public void modelTableAndProfilesAreComplete() {
        assertEquals(2, driver.models().size());
        assertTrue(driver.standardProfiles().stream().anyMatch(p -> p.template()));
        assertTrue(driver.standardProfiles().stream().flatMap(p -> p.parameters().stream()).noneMatch(p -> p.value().equals("456")));
        assertTrue(driver.capabilities("CX5500", "5.0.0").note() != null);
    }

    @Test
    public void aSelectedCxVersionGivesTheGuidesEightUpdateAttributes() {
        Map<String, String> attributes = driver.softwareParameters("1.3.4", "https://dialtone.example.com:8443/prov/software/12").stream()
                .collect(Collectors.toMap(Parameter::name, Parameter::value));
        assertEquals(8, attributes.size());
        assertEquals("https://dialtone.example.com:8443/prov/software/12", attributes.get("device.local.updateServer"));
        assertEquals("604800", attributes.get("device.local.updateInterval"));
        assertEquals("3600", attributes.get("device.local.updateTime"));
        assertEquals("1", attributes.get("device.local.autoUpdateEnabled"));
        assertTrue(attributes.keySet().containsAll(List.of("device.local.updateInterval.set", "device.local.autoUpdateEnabled.set",
                "device.local.updateServer.set", "device.local.updateTime.set")));
    }

    @Test
    public void theNotesSayWhatEachModelLacks() {
        assertTrue(driver.capabilities("CX5500", "1.3.4").note().contains("no call status"));
        assertTrue(driver.capabilities("CX5100", "1.3.4").note().contains("no SIP user"));
    }

    @Test
    public void imagesLieWherePolycomServersKeepThem() {
        assertEquals("swupdate/CX/1.3.4", driver.softwareFolder("1.3.4"));
    }
}
