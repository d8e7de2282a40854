package org.dialtone.driver.ucs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.dialtone.driver.spi.BootStage;
import org.junit.Test;

public class UcsUserAgentTest {
    private static UcsUserAgent parse(String ua) {
        return UcsUserAgent.parse(ua).orElseThrow(() -> new AssertionError("not recognised: " + ua));
    }

    @Test
    public void everyUserAgentOfTheDeviceNotesIsRead() {
        UcsUserAgent vvx = parse("FileTransport PolycomVVX-VVX_400-UA/4.1.4.7430 Type/Application");
        assertEquals(List.of("VVX", "VVX400", "4.1.4.7430"), List.of(vvx.family(), vvx.model(), vvx.version()));
        assertEquals(BootStage.APPLICATION, vvx.stage());
        UcsUserAgent updater = parse("FileTransport PolycomSoundStationIP-SSIP_6000-UA/5.0.3.1667 Type/Updater");
        assertEquals("SSIP6000", updater.model());
        assertEquals(BootStage.UPDATER, updater.stage());
        UcsUserAgent bootrom = parse("FileTransport PolycomSoundPointIP-SPIP_335-UA/3.2.1.0078");
        assertEquals("SoundPointIP", bootrom.family());
        assertEquals(BootStage.UNKNOWN, bootrom.stage());
        UcsUserAgent trio = parse("FileTransport PolycomRealPresenceTrio-Trio_8800-UA/7.2.2.1094 (SN:12345) Type/Application");
        assertEquals("Trio8800", trio.model());
        assertEquals("12345", trio.serial());
        UcsUserAgent tagged = parse("FileTransport PolycomSoundPointIP-SPIP_550-UA/4.0.15.1047 (SN:0004a11a1a1a) Type/Application");
        assertEquals("0004a11a1a1a", tagged.serial());
        UcsUserAgent microbrowser = parse("Microbrowser/1.1 PolycomSoundPointIP-SPIP_550-UA/4.0.15.1047 Type/Application");
        assertEquals("4.0.15.1047", microbrowser.version());
        UcsUserAgent sip = parse("PolycomVVX-VVX_411-UA/6.3.1.8427_64167f251288");
        assertEquals("6.3.1.8427", sip.version());
        assertNull(sip.serial());
    }

    @Test
    public void otherUserAgentsAreNotUcs() {
        assertEquals(Optional.empty(), UcsUserAgent.parse("FileTransport G_SERIES-PolyStudioX30-UA/3.10.0_362035 Type/Application"));
        assertEquals(Optional.empty(), UcsUserAgent.parse("Dalvik/1.6.0 (Linux; U; Android 4.0.3; mars Build/IML74K)"));
        assertEquals(Optional.empty(), UcsUserAgent.parse(null));
        assertEquals(Optional.empty(), UcsUserAgent.parse("PolycomVVX-" + "x".repeat(600)));
        assertEquals(Optional.empty(), UcsUserAgent.parse("PolycomVVX-VVX_400-UA/"));
    }

    @Test
    public void capturedUserAgentsFileParsesOrIsForeign() throws Exception {
        Path file = Fixtures.file("user-agents.txt");
        int ucs = 0;
        for (String line : Files.readAllLines(file)) {
            String ua = line.split("\t")[0];
            if (ua.contains("Polycom") && ua.contains("-UA/")) {
                assertTrue(ua, UcsUserAgent.parse(ua).isPresent());
                ucs++;
            }
        }
        assertTrue(ucs >= 10);
    }
}
