package org.dialtone.driver.cx.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
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
}
