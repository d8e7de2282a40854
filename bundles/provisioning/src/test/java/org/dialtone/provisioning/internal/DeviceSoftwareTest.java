package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Source;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;
import org.junit.Test;

public class DeviceSoftwareTest {
    private static final SoftwareImage GROUP_SERIES = image(1, "groupseries", Set.of("GROUPSERIES500"), "rpg-6.2.2.tar");
    private static final SoftwareImage TRIO = image(2, "trio", Set.of("Trio8800", "Trio8500"), "sip.ld", "3111-65290-001.sip.ld");
    private static final SoftwareImage VVX = image(3, "vvx", Set.of("VVX410"), "sip.ld");
    private static final Map<Long, SoftwareImage> STORE = Map.of(1L, GROUP_SERIES, 2L, TRIO, 3L, VVX);

    static SoftwareImage image(long id, String family, Set<String> models, String... files) {
        return new SoftwareImage(id, family + "-" + id, Set.of(family), "1.0." + id, models, "0".repeat(64), 10,
                Arrays.stream(files).map(f -> new SoftwareFile(f, "0".repeat(64), 5)).toList(), "admin", Instant.EPOCH);
    }

    private static EffectiveConfig selecting(long... imageIds) {
        List<Source> choices = Arrays.stream(imageIds).mapToObj(id -> new Source(ContainerType.GLOBAL, "", "Global", id, "P" + id,
                Long.toString(id))).toList();
        return new EffectiveConfig(7, List.of(), choices.isEmpty() ? null : choices.get(0), List.of(), choices);
    }

    private static Optional<DeviceSoftware> choose(EffectiveConfig config, String family, String model, String part) {
        return DeviceSoftware.choose(config, family, model, part, id -> Optional.ofNullable(STORE.get(id)));
    }

    @Test
    public void aTrioTakesItsOwnImageWhenAGroupSeriesImageRanksHigher() {
        EffectiveConfig config = selecting(1, 2);
        DeviceSoftware trio = choose(config, "trio", "Trio8800", "3111-65290-001").orElseThrow();
        assertEquals(2, trio.id());
        assertEquals("3111-65290-001.sip.ld", trio.modelFile());
        assertEquals(1, choose(config, "groupseries", "GROUPSERIES500", null).orElseThrow().id());
    }

    @Test
    public void aModelTheImageDoesNotServeGetsNoImage() {
        assertTrue(choose(selecting(2), "trio", "TrioC60", null).isEmpty());
        assertTrue(choose(selecting(3), "trio", "Trio8800", null).isEmpty());
        assertNull(choose(selecting(2), "trio", "Trio8500", "3111-66700-001").orElseThrow().modelFile());
    }

    @Test
    public void aDeletedImageKeepsTheDevicesFirmwareInsteadOfFallingBack() {
        assertTrue(choose(selecting(99, 3), "vvx", "VVX410", null).isEmpty());
        assertTrue(choose(selecting(), "vvx", "VVX410", null).isEmpty());
    }

    @Test
    public void aFamilysFolderNamesTheFilesAndAWholePackageAnswersItsOwnRequest() {
        DeviceSoftware cx = choose(selecting(3), "vvx", "VVX410", null).orElseThrow();
        assertEquals("software/3", cx.folder());
        assertEquals("sip.ld", cx.file("SIP.LD").orElseThrow());
        assertTrue(cx.file("sip.ver").isEmpty());
        SoftwareImage studio = new SoftwareImage(9, "PolyStudio-4.0.1.zip", Set.of("studio"), "4.0.1", Set.of(), "0".repeat(64), 5,
                List.of(new SoftwareFile("PolyStudio-4.0.1.zip", "0".repeat(64), 5)), "admin", Instant.EPOCH);
        assertEquals("PolyStudio-4.0.1.zip", new DeviceSoftware(studio, null).file("software").orElseThrow());
        assertEquals("swupdate/CX/4.0.1", DeviceSoftware.choose(new EffectiveConfig(1, List.of(), null, List.of(),
                List.of(new Source(ContainerType.GLOBAL, "", "Global", 1, "P", "9"))), "studio", null, null,
                id -> Optional.of(studio), v -> "swupdate/CX/" + v).orElseThrow().folder());
    }
}
