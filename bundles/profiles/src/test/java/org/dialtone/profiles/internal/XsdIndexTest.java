package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.SchemaAttribute;
import org.junit.Test;

public class XsdIndexTest {

    private static XsdIndex fixture(String path) throws Exception {
        Path file = Fixtures.file(path);
        return XsdIndex.parse(Files.readAllBytes(file));
    }

    private static XsdIndex inline(String body) {
        return XsdIndex.parse(("<xsd:schema xmlns:xsd=\"http://www.w3.org/2001/XMLSchema\">" + body + "</xsd:schema>").getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void studioSchemaTypesResolveToTheirFacets() throws Exception {
        XsdIndex index = fixture("hl727/studiox30-micadapter-polycomConfig.xsd");
        assertEquals(7, index.size());
        SchemaAttribute level = index.get("device.syslog.level");
        assertEquals(List.of("Debug", "Info", "Warning", "Error", "Critical"), level.enumeration());
        assertEquals("Discard msgs below this level. Translated value passed to syslogd.", level.documentation());
        assertEquals("boolean", index.get("device.net.dot1x.enable").type());
        assertEquals(Integer.valueOf(40), index.get("device.local.deviceName").maxLength());
        assertEquals(Integer.valueOf(1), index.get("device.local.deviceName").minLength());

        assertNull(XsdIndex.check(level, "Warning"));
        assertEquals("must be one of Debug, Info, Warning, Error, Critical", XsdIndex.check(level, "Loud"));
        assertEquals("must be 0 or 1 (true or false)", XsdIndex.check(index.get("sec.TLS.disableVersion1"), "yes"));
        assertTrue(XsdIndex.check(index.get("device.local.deviceName"), "x".repeat(41)).startsWith("must be 1 to 40 characters"));
        assertNull("empty means not set", XsdIndex.check(index.get("device.local.deviceName"), ""));
    }

    @Test
    public void groupSeriesSchemaIsSearchableBySubstringInAnyCase() throws Exception {
        XsdIndex index = fixture("gs500-polycomConfig.xsd");
        assertTrue(index.size() > 1000);
        List<SchemaAttribute> hits = index.search("ECHOcancel", 50);
        assertTrue(hits.stream().anyMatch(a -> a.name().equals("audio.in.enableechocancellation")));
        assertTrue(hits.stream().allMatch(a -> a.name().toLowerCase().contains("echocancel")));
        assertEquals(5, index.search("audio", 5).size());
    }

    @Test
    public void numericRangesAndInlineTypesAreChecked() {
        XsdIndex index = inline("<xsd:simpleType name=\"Vol\"><xsd:restriction base=\"xsd:int\"><xsd:minInclusive value=\"0\"/>"
                + "<xsd:maxInclusive value=\"15\"/></xsd:restriction></xsd:simpleType>"
                + "<xsd:attribute name=\"voice.volume\" type=\"Vol\"/>"
                + "<xsd:attribute name=\"up.mode\"><xsd:simpleType><xsd:restriction base=\"xsd:string\"><xsd:enumeration value=\"a\"/>"
                + "<xsd:enumeration value=\"b\"/></xsd:restriction></xsd:simpleType></xsd:attribute>"
                + "<xsd:attribute name=\"tcpIpApp.port\" type=\"xsd:unsignedShort\" default=\"80\"/>");
        assertEquals("must be from 0 to 15", XsdIndex.check(index.get("voice.volume"), "16"));
        assertEquals("must be a whole number from 0 to 15", XsdIndex.check(index.get("voice.volume"), "loud"));
        assertNull(XsdIndex.check(index.get("voice.volume"), "7"));
        assertEquals("must be one of a, b", XsdIndex.check(index.get("up.mode"), "c"));
        assertEquals("80", index.get("tcpIpApp.port").defaultValue());
        assertTrue(XsdIndex.check(index.get("tcpIpApp.port"), "-1").startsWith("must be from 0"));
    }

    @Test
    public void notASchemaIsRefused() {
        assertThrows(InvalidInputException.class, () -> XsdIndex.parse("<polycomConfig a=\"1\"/>".getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInputException.class, () -> XsdIndex.parse("<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e \"e\">]><xsd:schema xmlns:xsd=\"x\"/>"
                .getBytes(StandardCharsets.UTF_8)));
        assertThrows(InvalidInputException.class, () -> inline(""));
    }
}
