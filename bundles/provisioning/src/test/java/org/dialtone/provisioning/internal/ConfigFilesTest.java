package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveAttribute;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Source;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.junit.Test;

public class ConfigFilesTest {
    private static final Source GLOBAL = new Source(ContainerType.GLOBAL, "", "Global", 1, "Base", null);

    private static EffectiveAttribute attribute(String name, String value) {
        return new EffectiveAttribute(name, value, GLOBAL, List.of());
    }

    @Test
    public void theChosenImageIsTheAppFilePathUnlessAProfileSetsOne() {
        Source software = new Source(ContainerType.SITE, "7", "Berlin", 2, "UCS 6.4", "1234");
        DeviceSoftware combined = new DeviceSoftware(DeviceSoftwareTest.image(1234, "vvx", Set.of("VVX410"), "sip.ld"), null);
        EffectiveConfig selected = new EffectiveConfig(1, List.of(attribute("up.screenSaver.enabled", "1")), software, List.of());
        MasterConfig master = ConfigFiles.master(selected, "VVX410", "0004f2000001", null, combined);
        assertEquals("software/1234/sip.ld", master.appFilePath());
        assertEquals("software/1234/sip.ld", master.appFilePathForModel());
        EffectiveConfig own = new EffectiveConfig(1, List.of(attribute("APP_FILE_PATH", "https://cdn.example.com/ucs/sip.ld")), software, List.of());
        assertEquals("https://cdn.example.com/ucs/sip.ld", ConfigFiles.master(own, "VVX410", "0004f2000001", null, combined).appFilePath());
        assertEquals(null, ConfigFiles.master(new EffectiveConfig(1, List.of(), null, List.of()), "VVX410", "0004f2000001").appFilePath());
    }

    @Test
    public void theModelsElementNamesItsSplitImageOnTheDownloadPath() {
        DeviceSoftware split = new DeviceSoftware(DeviceSoftwareTest.image(88, "vvx", Set.of("VVX410"), "sip.ld", "3111-46162-001.sip.ld"),
                "3111-46162-001.sip.ld");
        MasterConfig master = ConfigFiles.master(new EffectiveConfig(1, List.of(), null, List.of()), "VVX410", "0004f2000001",
                "https://relay.example.com/ucs/", split);
        assertEquals("https://relay.example.com/ucs/software/88/sip.ld", master.appFilePath());
        assertEquals("https://relay.example.com/ucs/software/88/3111-46162-001.sip.ld", master.appFilePathForModel());
    }

    @Test
    public void masterAttributesGoToTheMasterAndConfigFilesFollowTheGeneratedOne() {
        EffectiveConfig config = new EffectiveConfig(1, List.of(attribute("CONFIG_FILES", "site.cfg, extra.cfg"), attribute("_mac_cfg_floor", "3"),
                attribute("reg.1.address", "1001")), null, List.of());
        MasterConfig master = ConfigFiles.master(config, "VVX410", "0004f2000001");
        assertEquals(List.of("0004f2000001-dialtone.cfg", "site.cfg", "extra.cfg"), master.configFiles());
        assertEquals(Map.of("_mac_cfg_floor", "3"), master.custom());
        assertEquals(List.of(new Parameter("reg.1.address", "1001")), ConfigFiles.parameters(config, Map.of()));
    }

    @Test
    public void softwareParametersFillInWhatProfilesLeaveUnset() {
        List<Parameter> profiles = List.of(new Parameter("device.local.updateTime", "7200"), new Parameter("reg.1.address", "1001"));
        List<Parameter> all = ConfigFiles.withUnset(profiles, List.of(new Parameter("device.local.updateTime", "3600"),
                new Parameter("device.local.updateServer", "https://relay.example.com/software/12")));
        assertEquals(List.of(new Parameter("device.local.updateServer", "https://relay.example.com/software/12"),
                new Parameter("device.local.updateTime", "7200"), new Parameter("reg.1.address", "1001")), all);
    }

    @Test
    public void aParameterBoundToAResourceFileIsThatFilesUrlOnTheDownloadPath() {
        EffectiveConfig config = new EffectiveConfig(1, List.of(
                new EffectiveAttribute("bg.color.bm.1.name", "lobby.png", null, List.of(), true),
                new EffectiveAttribute("reg.1.label", "lobby.png", null, List.of())), null, List.of(), List.of());
        List<Parameter> parameters = ConfigFiles.parameters(config, Map.of(), "https://relay.example.com/prov/");
        assertEquals("https://relay.example.com/prov/lobby.png", parameters.get(0).value());
        assertEquals("an unbound value stays as it is", "lobby.png", parameters.get(1).value());
    }

    @Test
    public void aDevicesOwnAccountWinsOverWhatAProfileSets() {
        List<org.dialtone.driver.spi.Parameter> profiles = List.of(new org.dialtone.driver.spi.Parameter("device.prov.user", "PlcmSpIp"),
                new org.dialtone.driver.spi.Parameter("up.oneTouchVoiceMail", "1"));
        List<org.dialtone.driver.spi.Parameter> merged = ConfigFiles.withOverriding(profiles,
                List.of(new org.dialtone.driver.spi.Parameter("device.prov.user", "dt-0004f2000001")));
        assertEquals(List.of(new org.dialtone.driver.spi.Parameter("device.prov.user", "dt-0004f2000001"),
                new org.dialtone.driver.spi.Parameter("up.oneTouchVoiceMail", "1")), merged);
    }
}
