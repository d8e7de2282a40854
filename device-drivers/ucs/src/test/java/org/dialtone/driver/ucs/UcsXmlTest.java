package org.dialtone.driver.ucs;

import static org.junit.Assert.assertEquals;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.dialtone.driver.spi.Parameter;
import org.junit.Test;
import org.w3c.dom.Element;

public class UcsXmlTest {
    private static Element parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    @Test
    public void deviceParametersGetTheSetCompanionsPhonesNeedUnlessAProfileGaveThem() throws Exception {
        Element config = parse(UcsXml.configFile(List.of(new Parameter("device.sntp.serverName", "ntp.example.com"),
                new Parameter("device.prov.ztpEnabled", "0"), new Parameter("device.prov.ztpEnabled.set", "0"),
                new Parameter("reg.1.displayName", "Ann & \"Bob\" <x>"))));
        assertEquals("polycomConfig", config.getTagName());
        assertEquals("1", config.getAttribute("device.set"));
        assertEquals("1", config.getAttribute("device.sntp.serverName.set"));
        assertEquals("a profile's own .set value stays", "0", config.getAttribute("device.prov.ztpEnabled.set"));
        assertEquals("Ann & \"Bob\" <x>", config.getAttribute("reg.1.displayName"));
        assertEquals("", config.getAttribute("reg.1.displayName.set"));
    }

    @Test
    public void aValueXmlForbidsIsNeverRendered() {
        IllegalArgumentException refused = org.junit.Assert.assertThrows(IllegalArgumentException.class,
                () -> UcsXml.configFile(List.of(new Parameter("reg.1.label", "bad\uFFFE"))));
        org.junit.Assert.assertTrue(refused.getMessage(), refused.getMessage().contains("reg.1.label holds U+FFFE"));
        org.junit.Assert.assertTrue(UcsXml.configFile(List.of(new Parameter("reg.1.label", "Caf\u00e9 \uD83D\uDE00"))).contains("Caf\u00e9"));
    }
}
