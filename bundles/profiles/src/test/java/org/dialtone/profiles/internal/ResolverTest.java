package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveAttribute;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;
import org.dialtone.store.ResolutionData;
import org.junit.Test;

public class ResolverTest {
    private final Map<Long, Profile> profiles = new HashMap<>();
    private final List<ResolutionData.Member> containers = new ArrayList<>();
    private Profile csv;

    private Profile profile(long id, String name, Long software, String... pairs) {
        List<ProfileAttribute> attributes = new ArrayList<>();
        for (int i = 0; i < pairs.length; i += 2) {
            attributes.add(new ProfileAttribute(pairs[i], pairs[i + 1]));
        }
        Profile p = new Profile(id, name, null, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION, software, null, attributes.size(),
                attributes, "admin", Instant.EPOCH, 1);
        profiles.put(id, p);
        return p;
    }

    private void in(ContainerType type, String key, Long... profileIds) {
        containers.add(new ResolutionData.Member(type, key, type + " " + key, List.of(profileIds)));
    }

    private EffectiveConfig resolve() {
        // The store's order across kinds means nothing: hand them over lowest priority first.
        List<ResolutionData.Member> lowestFirst = containers.stream()
                .sorted(java.util.Comparator.comparingInt(m -> -PriorityOrder.HIGHEST_FIRST.indexOf(m.type()))).toList();
        return Resolver.resolve(new ResolutionData(7, "0004f23ea4e1", null, "VVX 411", lowestFirst, profiles, csv));
    }

    private static EffectiveAttribute attribute(EffectiveConfig config, String name) {
        return config.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElse(null);
    }

    /** The guide's first example: call.autoAnswer.SIP enabled by profile A on a site, disabled by B in Global. */
    @Test
    public void siteProfileBeatsGlobalProfile() {
        profile(1, "A", null, "call.autoAnswer.SIP", "1");
        profile(2, "B", null, "call.autoAnswer.SIP", "0");
        in(ContainerType.DEVICE, "7");
        in(ContainerType.SITE, "20", 1L);
        in(ContainerType.GLOBAL, "", 2L);
        EffectiveAttribute autoAnswer = attribute(resolve(), "call.autoAnswer.SIP");
        assertEquals("1", autoAnswer.value());
        assertEquals(ContainerType.SITE, autoAnswer.source().containerType());
        assertEquals("A", autoAnswer.source().profileName());
        assertEquals(1, autoAnswer.shadowed().size());
        assertEquals("B", autoAnswer.shadowed().get(0).profileName());
        assertEquals("0", autoAnswer.shadowed().get(0).value());
    }

    /** The guide's second example: UC software 5.5 in device group 1 wins over 5.4 in Global. */
    @Test
    public void softwareSelectedInADeviceGroupBeatsGlobal() {
        profile(1, "A", 55L);
        profile(2, "B", 54L);
        in(ContainerType.GROUP, "1", 1L);
        in(ContainerType.GLOBAL, "", 2L);
        EffectiveConfig config = resolve();
        assertEquals("55", config.software().value());
        assertEquals("A", config.software().profileName());
    }

    @Test
    public void withoutAGroupTheGlobalSoftwareApplies() {
        profile(2, "B", 54L);
        in(ContainerType.GLOBAL, "", 2L);
        assertEquals("54", resolve().software().value());
    }

    @Test
    public void containersRankDeviceSiteModelGroupGlobal() {
        profile(1, "device", null, "a", "device", "b", "device");
        profile(2, "site", null, "a", "site", "c", "site", "d", "site");
        profile(3, "model", null, "c", "model", "e", "model");
        profile(4, "group", null, "d", "group", "e", "group", "f", "group");
        profile(5, "global", null, "f", "global", "g", "global");
        in(ContainerType.DEVICE, "7", 1L);
        in(ContainerType.SITE, "20", 2L);
        in(ContainerType.MODEL, "vvx 411", 3L);
        in(ContainerType.GROUP, "1", 4L);
        in(ContainerType.GLOBAL, "", 5L);
        EffectiveConfig config = resolve();
        assertEquals(List.of("a=device", "b=device", "c=site", "d=site", "e=model", "f=group", "g=global"),
                config.attributes().stream().map(a -> a.name() + "=" + a.value()).toList());
    }

    @Test
    public void usersRankBelowTheDeviceAndTheirGroupsAboveTheSite() {
        profile(1, "device", null, "a", "device");
        profile(2, "user", null, "a", "user", "b", "user");
        profile(3, "user group", null, "b", "user group", "c", "user group");
        profile(4, "site", null, "c", "site", "d", "site");
        in(ContainerType.DEVICE, "7", 1L);
        in(ContainerType.USER, "30", 2L);
        in(ContainerType.USER_GROUP, "40", 3L);
        in(ContainerType.SITE, "20", 4L);
        EffectiveConfig config = resolve();
        assertEquals(List.of("a=device", "b=user", "c=user group", "d=site"),
                config.attributes().stream().map(a -> a.name() + "=" + a.value()).toList());
    }

    @Test
    public void withinAContainerTheHigherRankedProfileWins() {
        profile(1, "first", null, "x", "1");
        profile(2, "second", null, "x", "2", "y", "2");
        in(ContainerType.GLOBAL, "", 1L, 2L);
        EffectiveConfig config = resolve();
        assertEquals("1", attribute(config, "x").value());
        assertEquals("2", attribute(config, "y").value());
    }

    @Test
    public void theDevicesOwnGroupOrderDecidesBetweenGroups() {
        profile(1, "in group 1", null, "x", "g1");
        profile(2, "in group 2", null, "x", "g2");
        in(ContainerType.GROUP, "2", 2L);
        in(ContainerType.GROUP, "1", 1L);
        assertEquals("g2", attribute(resolve(), "x").value());
    }

    @Test
    public void csvProfileOutranksEveryContainer() {
        profile(1, "device", null, "reg.1.address", "from-device-container");
        csv = new Profile(99, "0004f23ea4e1_csv_profile", null, ProfileType.USER_IMPORTED, Profile.PHONE_PROVISION, null, 7L, 1,
                List.of(new ProfileAttribute("reg.1.address", "1001")), "csv import", Instant.EPOCH, 1);
        in(ContainerType.DEVICE, "7", 1L);
        EffectiveAttribute line = attribute(resolve(), "reg.1.address");
        assertEquals("1001", line.value());
        assertEquals("0004f23ea4e1_csv_profile", line.source().profileName());
        assertEquals("from-device-container", line.shadowed().get(0).value());
    }

    @Test
    public void aProfileReachedTwiceCountsWhereItRanksHighest() {
        profile(1, "shared", null, "x", "shared");
        profile(2, "site", null, "x", "site");
        in(ContainerType.SITE, "20", 2L);
        in(ContainerType.GROUP, "1", 1L);
        in(ContainerType.GLOBAL, "", 1L);
        EffectiveConfig config = resolve();
        assertEquals(2, config.profiles().size());
        assertEquals(ContainerType.GROUP, config.profiles().get(1).containerType());
        assertEquals(1, attribute(config, "x").shadowed().size());
    }

    @Test
    public void macAddressVariablesAreSubstituted() {
        profile(1, "paths", null, "CONFIG_FILES", "ftp://u:p@1.2.3.4/${mac_address}/config_file.cfg",
                "x", "https://1.2.3.4/$mac_address_file.cfg", "y", "$mac_address", "z", "$mac_addresses stays");
        in(ContainerType.GLOBAL, "", 1L);
        EffectiveConfig config = resolve();
        assertEquals("ftp://u:p@1.2.3.4/0004f23ea4e1/config_file.cfg", attribute(config, "CONFIG_FILES").value());
        assertEquals("https://1.2.3.4/$mac_address_file.cfg", attribute(config, "x").value());
        assertEquals("0004f23ea4e1", attribute(config, "y").value());
        assertEquals("$mac_addresses stays", attribute(config, "z").value());
        assertEquals("${mac_address} is kept raw in the source", "ftp://u:p@1.2.3.4/${mac_address}/config_file.cfg",
                attribute(config, "CONFIG_FILES").source().value());
    }

    @Test
    public void noProfilesMeansNothingAndNoSoftware() {
        in(ContainerType.GLOBAL, "");
        EffectiveConfig config = resolve();
        assertEquals(List.of(), config.attributes());
        assertNull(config.software());
    }

    @Test
    public void aWinningParameterBoundToAResourceFileIsMarkedSoAShadowedOneIsNot() {
        Profile site = new Profile(1, "site", null, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION, null, null, 1,
                List.of(new ProfileAttribute("bg.color.bm.1.name", "lobby.png", 41L)), "admin", Instant.EPOCH, 1);
        profiles.put(1L, site);
        profile(2, "global", null, "bg.color.bm.1.name", "plain.png", "up.backlight", "1");
        Profile device = new Profile(3, "device", null, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION, null, null, 1,
                List.of(new ProfileAttribute("up.backlight", "2", 42L)), "admin", Instant.EPOCH, 1);
        profiles.put(3L, device);
        in(ContainerType.DEVICE, "7", 3L);
        in(ContainerType.SITE, "20", 1L);
        in(ContainerType.GLOBAL, "", 2L);
        EffectiveConfig config = resolve();
        assertEquals(true, attribute(config, "bg.color.bm.1.name").resourceFile());
        assertEquals("lobby.png", attribute(config, "bg.color.bm.1.name").value());
        assertEquals(true, attribute(config, "up.backlight").resourceFile());
        Profile plainDevice = new Profile(3, "device", null, ProfileType.USER_DEFINED, Profile.PHONE_PROVISION, null, null, 1,
                List.of(new ProfileAttribute("bg.color.bm.1.name", "mine.png")), "admin", Instant.EPOCH, 1);
        profiles.put(3L, plainDevice);
        assertEquals("the device's own unbound value wins, unbound", false, attribute(resolve(), "bg.color.bm.1.name").resourceFile());
    }
}
