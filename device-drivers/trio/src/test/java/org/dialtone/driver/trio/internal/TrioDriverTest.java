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
}
