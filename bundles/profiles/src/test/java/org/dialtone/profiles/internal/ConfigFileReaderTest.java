package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.ProfileAttribute;
import org.junit.Test;

public class ConfigFileReaderTest {

    private static List<ProfileAttribute> read(String xml) {
        return ConfigFileReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    public void everyAttributeOfEveryElementIsAParameterExceptNamespaceOnes() {
        List<ProfileAttribute> attributes = read("<?xml version=\"1.0\"?>\n<polycomConfig xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
                + "xsi:noNamespaceSchemaLocation=\"polycomConfig.xsd\"><reg reg.1.address=\"1001\" reg.1.label=\"Jon &amp; Ann\"/>"
                + "<device device.set=\"1\"><x device.prov.serverName=\"prov.example.com\"/></device><reg reg.1.address=\"1002\"/></polycomConfig>");
        assertEquals(List.of("reg.1.label=Jon & Ann", "device.set=1", "device.prov.serverName=prov.example.com", "reg.1.address=1002"),
                attributes.stream().map(a -> a.name() + "=" + a.value()).toList());
    }

    @Test
    public void vendorFileReadsCompletely() throws Exception {
        Path file = Fixtures.file("uc-software/reg-basic.cfg");
        try (InputStream in = Files.newInputStream(file)) {
            List<ProfileAttribute> attributes = ConfigFileReader.read(in);
            assertEquals(11, attributes.size());
            assertEquals("call.callsPerLineKey", attributes.get(0).name());
            assertEquals("24", attributes.get(0).value());
            assertEquals("", attributes.get(1).value());
        }
    }

    @Test
    public void externalEntitiesAreRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n<polycomConfig a=\"&secret;\"/>"));
        assertEquals("file", e.field());
        assertTrue(e.rule(), e.rule().contains("DOCTYPE"));
    }

    @Test
    public void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int i = 1; i < 10; i++) {
            xml.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
        }
        xml.append("]>\n<lolz a=\"&lol9;\"/>");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read(xml.toString()));
        assertTrue(e.rule(), e.rule().contains("DOCTYPE"));
    }

    @Test
    public void malformedXmlNamesTheLine() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> read("<a>\n<b x=\"1\">\n</a>"));
        assertTrue(e.rule(), e.rule().startsWith("is not well-formed XML at line 3"));
    }
}
