package org.dialtone.driver.trio.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.junit.Test;

public class TrioDriverTest {
    private final TrioDriver driver = new TrioDriver();

    private java.util.Optional<RecognizedDevice> recognize(String ua) {
        return driver.recognize(new ProvisioningRequest("GET", "0004f23ea4e1.cfg", Map.of("user-agent", List.of(ua))));
    }

    @Test
    public void recognisesItsFamilyOnly() {
        RecognizedDevice device = recognize("FileTransport PolycomRealPresenceTrio-Trio_8800-UA/7.2.2.1094 (SN:12345) Type/Application").orElseThrow();
        assertEquals("trio", device.family());
        assertEquals("Trio8800", device.model());
        assertEquals("0004f23ea4e1", device.identity().value());
        assertFalse(recognize("FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application").isPresent());
    }

    @Test
    public void modelTableAndProfilesAreComplete() {
        assertEquals(4, driver.models().size());
        assertTrue(driver.standardProfiles().stream().anyMatch(p -> p.template()));
        assertTrue(driver.standardProfiles().stream().flatMap(p -> p.parameters().stream()).noneMatch(p -> p.value().equals("456")));
        assertTrue(driver.capabilities("Trio8800", "5.0.0").note() != null);
    }

    @Test
    public void aPairedGroupSeriesIsPointedAtItsImageAndTheMaintenanceWindow() {
        List<org.dialtone.driver.spi.Parameter> parameters = driver.pairedSoftwareParameters("groupseries", "6.2.2.1-540031",
                "https://prov.example.com:8443/prov/software/7/", java.time.LocalTime.of(3, 0), java.time.Duration.ofMinutes(90));
        Map<String, String> byName = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> byName.put(p.name(), p.value()));
        assertEquals(Map.of("mr.deviceMgmt.vc2.param.softwareUpdateUri", "https://prov.example.com:8443/prov/software/7/",
                "mr.deviceMgmt.vc2.param.softwareUpdateMaintenceWindowEnabled", "1",
                "mr.deviceMgmt.vc2.param.softwareUpdateMaintenceWindowStart", "03:00",
                "mr.deviceMgmt.vc2.param.softwareUpdateMaintenceWindowDuration", "2"), byName);
        assertEquals("no window, no window parameters", "0", driver.pairedSoftwareParameters("groupseries", "6.2", "u", null, null).get(1).value());
        assertTrue("a Trio pairs with Group Series only", driver.pairedSoftwareParameters("vvx", "6.4", "u", null, null).isEmpty());
    }
}
