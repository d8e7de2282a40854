package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;
import org.junit.Test;

public class ProfileZipTest {
    private static Profile profile(String name, String description, ProfileAttribute... attributes) {
        return new Profile(1, name, description, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION, null, null, attributes.length,
                List.of(attributes), "admin", Instant.EPOCH, 1);
    }

    @Test
    public void exportedProfilesReadBackUnchanged() throws Exception {
        List<ProfileAttribute> attributes = List.of(new ProfileAttribute("reg.1.displayname", "Jon \"JJ\" <Smith> & Co"),
                new ProfileAttribute("call.autoAnswer.SIP", "1"), new ProfileAttribute("reg.1.label", ""),
                new ProfileAttribute("CONFIG_FILES", "https://1.2.3.4/${mac_address}_file.cfg"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProfileZip.write(List.of(profile("Lines-A", "Lines -- for A", attributes.toArray(ProfileAttribute[]::new)),
                profile("Empty", null)), out);
        List<ProfileZip.Entry> entries = ProfileZip.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(2, entries.size());
        assertEquals("Lines-A", entries.get(0).name());
        assertEquals("Lines - - for A", entries.get(0).description());
        assertEquals(attributes, entries.get(0).attributes());
        assertEquals(List.of(), entries.get(1).attributes());
    }

    @Test
    public void entryPathsNeverBecomeMoreThanANameAndBadNamesAreRefused() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("../../etc/evil.cfg"));
            zip.write("<c a=\"1\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        assertEquals("evil", ProfileZip.read(new ByteArrayInputStream(out.toByteArray())).get(0).name());

        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bad)) {
            zip.putNextEntry(new ZipEntry("my*profile.cfg"));
            zip.write("<c a=\"1\"/>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ProfileZip.read(new ByteArrayInputStream(bad.toByteArray())));
        assertEquals("file my*profile.cfg", e.field());
    }

    @Test
    public void notAZipIsAClearError() {
        assertThrows(InvalidInputException.class, () -> ProfileZip.read(new ByteArrayInputStream("hello".getBytes(StandardCharsets.UTF_8))));
    }
}
