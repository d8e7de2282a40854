package org.dialtone.driver.ucs;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dialtone.driver.spi.SoftwareListing;
import org.dialtone.driver.spi.SoftwarePackage;
import org.junit.Test;

public class UcsSoftwareTest {
    private static final ModelTable VVX = ModelTable.read(new ByteArrayInputStream((
            "VVX410 | VVX 410 | 3111-46135-002 | VVX | VVX\n"
                    + "VVX411 | VVX 411 | 3111-48350-001 | VVX | VVX\n").getBytes(StandardCharsets.UTF_8)), "test table");

    @Test
    public void splitImagesServeTheirModelsAndSipVerGivesTheVersion() {
        SoftwarePackage read = UcsSoftware.read(new SoftwareListing("UCS_6.4.3.zip",
                List.of("UCS/3111-46135-002.sip.ld", "UCS/3111-99999-001.sip.ld", "UCS/sip.ld", "UCS/sip.ver", "UCS/polycomConfig.xsd"),
                Map.of("UCS/sip.ver", "6.4.3.1234\n"), null), VVX).orElseThrow();
        assertEquals("6.4.3.1234", read.version());
        assertEquals(Set.of("VVX410"), read.models());
        assertEquals(List.of("UCS/3111-46135-002.sip.ld", "UCS/sip.ld", "UCS/sip.ver"), read.deviceFiles());
    }

    @Test
    public void aCombinedImageServesTheWholeFamilyOnlyWhenNothingIsSplit() {
        SoftwarePackage combined = UcsSoftware.read(new SoftwareListing("sip.ld", List.of("sip.ld"), Map.of(), "5.9.6.2327"), VVX).orElseThrow();
        assertEquals(Set.of("VVX410", "VVX411"), combined.models());
        assertEquals("5.9.6.2327", combined.version());
        assertEquals("another family's split package is not this family's", Optional.empty(),
                UcsSoftware.read(new SoftwareListing("trio.zip", List.of("3111-65290-001.sip.ld", "sip.ld"), Map.of(), "7.2.2"), VVX));
    }

    @Test
    public void sipVerMayNameTheBuildAfterTheVersionAndTheSchemaComesAlong() {
        SoftwarePackage built = UcsSoftware.read(new SoftwareListing("ucs.zip", List.of("UCS/sip.ld", "UCS/sip.ver", "UCS/polycomConfig.xsd"),
                Map.of("UCS/sip.ver", "6.4.3.2222 rts12 E\r\n"), null), VVX).orElseThrow();
        assertEquals("6.4.3.2222", built.version());
        assertEquals("the release's schema, for the profiles that select it", "UCS/polycomConfig.xsd", built.schemaFile());
    }

    @Test
    public void aPackageWithoutAVersionIsRefusedWithWhatToDo() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> UcsSoftware.read(
                new SoftwareListing("3111-46135-002.sip.ld", List.of("3111-46135-002.sip.ld"), Map.of(), null), VVX));
        assertTrue(e.getMessage(), e.getMessage().contains("state the version"));
        assertEquals(Optional.empty(), UcsSoftware.read(new SoftwareListing("x.zip", List.of("readme.txt"), Map.of(), "1.0"), VVX));
    }
}
