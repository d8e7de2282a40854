package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileType;
import org.junit.Test;

public class ProfileRulesTest {
    private static Profile profile(String name, ProfileType type) {
        return new Profile(1, name, null, type, Profile.PHONE_PROVISION, null, type == ProfileType.USER_IMPORTED ? 7L : null, 0,
                List.of(), "admin", Instant.EPOCH, 1);
    }

    @Test
    public void onlyUserDefinedAndCsvProfilesCanBeChanged() {
        ProfileRules.requireEditable(profile("Mine", ProfileType.USER_DEFINED), "edited");
        ProfileRules.requireEditable(profile("csv-0004f23ea4e1", ProfileType.USER_IMPORTED), "edited");
        InvalidInputException standard = assertThrows(InvalidInputException.class,
                () -> ProfileRules.requireEditable(profile("VVX-Base", ProfileType.STANDARD), "deleted"));
        assertEquals("profile", standard.field());
        assertTrue(standard.getMessage(), standard.getMessage().contains("VVX-Base is a standard profile and cannot be deleted; copy it"));
        assertThrows(InvalidInputException.class, () -> ProfileRules.requireEditable(profile("Lines-TEMPLATE", ProfileType.TEMPLATE), "edited"));
        assertThrows(InvalidInputException.class, () -> ProfileRules.requireEditable(profile("UC 6.4", ProfileType.SOFTWARE), "edited"));
    }

    @Test
    public void templatesAndCsvProfilesAreNotAssignedToContainers() {
        ProfileRules.requireAssignable(List.of(profile("Mine", ProfileType.USER_DEFINED), profile("VVX-Base", ProfileType.STANDARD),
                profile("UC 6.4", ProfileType.SOFTWARE)));
        InvalidInputException template = assertThrows(InvalidInputException.class, () -> ProfileRules.requireAssignable(
                List.of(profile("Mine", ProfileType.USER_DEFINED), profile("Lines-TEMPLATE", ProfileType.TEMPLATE))));
        assertEquals("profileIds[1]", template.field());
        assertTrue(template.getMessage(), template.getMessage().contains("is a template: copy it"));
        InvalidInputException csv = assertThrows(InvalidInputException.class,
                () -> ProfileRules.requireAssignable(List.of(profile("csv-0004f23ea4e1", ProfileType.USER_IMPORTED))));
        assertTrue(csv.getMessage(), csv.getMessage().contains("applies to that device only"));
    }

    @Test
    public void namesMayHaveSpacesInsideButStaySafeFileNames() {
        assertEquals("Lobby phones (2nd floor)", ProfileRules.name("name", "  Lobby phones (2nd floor) "));
        for (String bad : new String[] {"Lobby  phones", "a/b", "..\\evil", "x:y", "what?", "tab\there"}) {
            InvalidInputException refused = assertThrows(bad, InvalidInputException.class, () -> ProfileRules.name("name", bad));
            assertEquals("name", refused.field());
        }
    }

    @Test
    public void valuesAPhoneCannotParseAndTheFactoryAdminPasswordAreRefused() {
        for (String bad : new String[] {"a\uFFFEb", "x\uFFFF", "broken\uD800", "line\nbreak"}) {
            InvalidInputException refused = assertThrows(InvalidInputException.class,
                    () -> ProfileRules.attributes(List.of(new org.dialtone.api.profiles.ProfileAttribute("reg.1.label", bad))));
            assertEquals("attributes[0].value", refused.field());
        }
        InvalidInputException factory = assertThrows(InvalidInputException.class, () -> ProfileRules.attributes(
                List.of(new org.dialtone.api.profiles.ProfileAttribute("device.auth.localAdminPassword", " 456 "))));
        assertTrue(factory.getMessage(), factory.getMessage().contains("factory admin password"));
        assertEquals(2, ProfileRules.attributes(List.of(new org.dialtone.api.profiles.ProfileAttribute("device.auth.localAdminPassword", "4567"),
                new org.dialtone.api.profiles.ProfileAttribute("reg.1.label", "Caf\u00e9 \uD83D\uDE00"))).size());
    }
}
