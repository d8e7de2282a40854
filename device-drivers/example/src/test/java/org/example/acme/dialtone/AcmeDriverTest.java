package org.example.acme.dialtone;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;
import java.util.Map;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.junit.Test;

public class AcmeDriverTest {
    private final AcmeDriver driver = new AcmeDriver();

    @Test
    public void recognisesAcmePhonesAndTheirFile() {
        RecognizedDevice device = driver.recognize(new ProvisioningRequest("GET", "acme-0004f2aabbcc.conf",
                Map.of("user-agent", List.of("AcmeFone/A200/2.1.0")))).orElseThrow();
        assertEquals("A200", device.model());
        assertEquals("0004f2aabbcc", device.identity().value());
        assertEquals(FileKind.DEVICE_CONFIG, driver.classify(device, "acme-0004f2aabbcc.conf").orElseThrow().kind());
        assertFalse(driver.recognize(new ProvisioningRequest("GET", "x", Map.of("user-agent", List.of("curl/8"))))
                .isPresent());
    }

    @Test
    public void rendersKeyValueLines() {
        assertEquals("a=1\nb=2\n", driver.renderConfigFile(List.of(new Parameter("a", "1"), new Parameter("b", "2"))));
    }
}
