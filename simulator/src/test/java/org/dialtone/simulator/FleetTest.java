package org.dialtone.simulator;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.dialtone.simulator.VirtualDevice.Family;
import org.junit.Test;

public class FleetTest {
    @Test
    public void aFleetFollowsItsMixExactlyAndIsReproducible() {
        List<VirtualDevice> fleet = Fleet.generate(200, Fleet.parseMix(Fleet.DEFAULT_MIX), 7, "0a0b0c");
        Map<Family, Long> counts = fleet.stream().collect(Collectors.groupingBy(VirtualDevice::family, Collectors.counting()));
        assertEquals(Long.valueOf(110), counts.get(Family.VVX));
        assertEquals(Long.valueOf(30), counts.get(Family.STUDIO));
        assertEquals(200, fleet.stream().map(VirtualDevice::identity).distinct().count());
        assertEquals(fleet, Fleet.generate(200, Fleet.parseMix(Fleet.DEFAULT_MIX), 7, "0a0b0c"));
    }

    @Test
    public void userAgentsAreTheOnesDevicesSend() {
        VirtualDevice vvx = new VirtualDevice(Family.VVX, "VVX410", "VVX_410", "5.9.6.2327", "5.9.6.2327", "0004f2000001", "SN1");
        assertEquals("FileTransport PolycomVVX-VVX_410-UA/5.9.6.2327 Type/Application", vvx.userAgent(true));
        VirtualDevice trio = new VirtualDevice(Family.TRIO, "Trio8800", "Trio_8800", "7.2.2.1094", "7.2.2.1094", "0004f2000002", "12345");
        assertEquals("FileTransport PolycomRealPresenceTrio-Trio_8800-UA/7.2.2.1094 (SN:12345) Type/Updater", trio.userAgent(false));
        VirtualDevice studio = new VirtualDevice(Family.STUDIO, "Studio", "Studio", "1.3.0.0112", "1.3.0.0112", "0004f2000003", "SN9");
        assertEquals("SN9", studio.identity());
        assertTrue(studio.userAgent(true).contains("SN:SN9"));
    }

    @Test
    public void badMixesAndOptionsAreRefusedWithTheReason() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Fleet.parseMix("fax=3")).getMessage().contains("unknown family"));
        assertThrows(IllegalArgumentException.class, () -> Fleet.parseMix("vvx=0"));
        assertThrows(IllegalArgumentException.class, () -> Fleet.generate(1, Fleet.parseMix("vvx=1"), 1, "XYZ"));
        assertThrows(IllegalArgumentException.class, () -> Main.parse(new String[] {"--count"}));
        assertEquals(Map.of("count", "5", "json", "true"), Main.parse(new String[] {"--count", "5", "--json"}));
    }

    @Test
    public void aMasterConfigurationIsReadOrRefused() throws Exception {
        Documents.Master master = Documents.master("<?xml version=\"1.0\"?><APPLICATION APP_FILE_PATH=\"\" CONFIG_FILES=\"a.cfg, b.cfg\""
                + " LOG_FILE_DIRECTORY=\"logs\"><APPLICATION_VVX410/></APPLICATION>");
        assertEquals(List.of("a.cfg", "b.cfg"), master.configFiles());
        assertEquals("logs/", master.directory("LOG_FILE_DIRECTORY"));
        assertEquals("", master.directory("OVERRIDES_DIRECTORY"));
        assertThrows(Documents.Malformed.class, () -> Documents.master("<APPLICATION CONFIG_FILES=\"x\""));
        assertThrows(Documents.Malformed.class, () -> Documents.master("<polycomConfig/>"));
        assertThrows(Documents.Malformed.class, () -> Documents.master("<!DOCTYPE a><APPLICATION CONFIG_FILES=\"\"/>"));
    }
}
