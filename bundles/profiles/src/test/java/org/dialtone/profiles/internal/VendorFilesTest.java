package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.api.profiles.SchemaAttribute;
import org.junit.Test;

/** Issue 16, item 8: the vendor's own generated files import whole, whatever an older default schema says of them. */
public class VendorFilesTest {
    @Test
    public void theVendorsTrio8800GlobalCfgImportsRendersBackAndReimportsToTheSameParameters() throws Exception {
        List<ProfileAttribute> read = ConfigFileReader.read(Files.newInputStream(Fixtures.file("hl727/trio8800-global.cfg")));
        List<ProfileAttribute> checked = ProfileRules.attributes(read);
        assertEquals("every parameter, each once", read.stream().map(ProfileAttribute::name).distinct().count(), checked.size());
        assertTrue(checked.size() > 7700);

        XsdIndex uc4015 = XsdIndex.parse(Files.readAllBytes(Fixtures.file("uc-software/polycomConfig.4.0.15.xsd")));
        List<String> disagreements = new ArrayList<>();
        for (ProfileAttribute a : checked) {
            SchemaAttribute definition = uc4015.get(a.name());
            String problem = definition == null ? null : XsdIndex.check(definition, a.value());
            if (problem != null) {
                disagreements.add(a.name());
            }
        }
        assertTrue("the 4.0.15 schema disagrees with the vendor's own default: " + disagreements,
                disagreements.contains("dialplan.1.routing.server.1.port"));

        Profile profile = new Profile(1, "trio8800-global", null, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION, null, null,
                checked.size(), checked, "admin", Instant.EPOCH, 1);
        String rendered = ProfileZip.cfg(profile);
        List<ProfileAttribute> again = ProfileRules.attributes(ConfigFileReader.read(new ByteArrayInputStream(rendered.getBytes(StandardCharsets.UTF_8))));
        assertEquals(checked, again);
    }

    @Test
    public void theUc4015SchemaItselfIsReadable() throws Exception {
        XsdIndex uc4015 = XsdIndex.parse(Files.readAllBytes(Fixtures.file("uc-software/polycomConfig.4.0.15.xsd")));
        assertTrue(uc4015.get("dialplan.1.routing.server.1.port") != null);
    }
}
