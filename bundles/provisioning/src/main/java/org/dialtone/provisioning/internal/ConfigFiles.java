package org.dialtone.provisioning.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialtone.api.profiles.EffectiveAttribute;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;

/**
 * Splits a device's effective configuration into its master configuration and its generated configuration file
 * (guide: Customizing Attributes in the Master Configuration File): master attributes set by profiles override
 * the generated ones, {@code CONFIG_FILES} from profiles come after the generated file, {@code _mac_cfg*}
 * attributes go to the master file; every other parameter goes to {@code <mac>-dialtone.cfg}.
 */
final class ConfigFiles {
    static final String SUFFIX = "-dialtone.cfg";
    /** Where this server serves the files of software images: {@code software/<image id>/<file>}. */
    static final String SOFTWARE_PREFIX = "software/";
    /** The guide: COREFILE_DIRECTORY is empty by default (an admin sets it in a profile to collect core dumps). */
    static final Map<String, String> DIRECTORIES = Map.of(
            "LOG_FILE_DIRECTORY", "logs", "OVERRIDES_DIRECTORY", "overrides", "CONTACTS_DIRECTORY", "contacts",
            "CALL_LISTS_DIRECTORY", "calls", "LICENSE_DIRECTORY", "licenses", "COREFILE_DIRECTORY", "",
            "USER_PROFILES_DIRECTORY", "users");
    private static final Set<String> MASTER = Set.of("APP_FILE_PATH", "CONFIG_FILES", "MISC_FILES", "LOG_FILE_DIRECTORY",
            "OVERRIDES_DIRECTORY", "CONTACTS_DIRECTORY", "LICENSE_DIRECTORY", "USER_PROFILES_DIRECTORY", "CALL_LISTS_DIRECTORY",
            "COREFILE_DIRECTORY");

    private ConfigFiles() {
    }

    /** Secrets the installation generated, such as {@code ${device_admin_password}}, replace their variables at render time. */
    static String substitute(String value, Map<String, String> secrets) {
        if (value.indexOf("${") < 0) {
            return value;
        }
        String result = value;
        for (Map.Entry<String, String> secret : secrets.entrySet()) {
            result = result.replace("${" + secret.getKey() + "}", secret.getValue());
        }
        return result;
    }

    static boolean isMasterAttribute(String name) {
        return MASTER.contains(name) || name.startsWith("_mac_cfg");
    }

    /** The generated file's name: what the device asks for after reading its master configuration. */
    static String generatedName(String mac) {
        return mac + SUFFIX;
    }

    static MasterConfig master(EffectiveConfig config, String model, String mac) {
        return master(config, model, mac, null, null);
    }

    /**
     * @param downloadBase where the device downloads software from (DownloadPaths), or null for this server
     * @param software     the image the device is told to run, or null
     */
    static MasterConfig master(EffectiveConfig config, String model, String mac, String downloadBase, DeviceSoftware software) {
        Map<String, String> custom = new LinkedHashMap<>();
        List<String> files = new ArrayList<>();
        files.add(mac == null ? "[PHONE_MAC_ADDRESS]" + SUFFIX : generatedName(mac));
        String appFilePath = null;
        for (EffectiveAttribute a : config == null ? List.<EffectiveAttribute>of() : config.attributes()) {
            if (!isMasterAttribute(a.name())) {
                continue;
            }
            switch (a.name()) {
                case "CONFIG_FILES" -> {
                    for (String file : a.value().split(",")) {
                        if (!file.isBlank()) {
                            files.add(file.strip());
                        }
                    }
                }
                case "APP_FILE_PATH" -> appFilePath = a.value();
                default -> custom.put(a.name(), a.value());
            }
        }
        String modelPath = null;
        if (appFilePath == null && software != null) {
            // A phone given sip.ld asks for its <part>.sip.ld beside it first (DEVICES.md 1.1); its model's element names it.
            String folder = (downloadBase == null ? "" : downloadBase) + software.folder() + "/";
            appFilePath = folder + "sip.ld";
            modelPath = software.modelFile() == null ? null : folder + software.modelFile();
        }
        return new MasterConfig(model, appFilePath, files, DIRECTORIES, custom, modelPath);
    }

    /**
     * The parameters of the generated file. A {@code device.*} parameter only takes effect with {@code device.set=1}
     * and its own {@code .set=1} (DEVICES.md 1.4): those companions are added unless a profile sets them.
     */
    static List<Parameter> parameters(EffectiveConfig config, Map<String, String> secrets) {
        return parameters(config, secrets, "");
    }

    /** @param resourceBase where the device downloads resource files, ending in '/': a bound parameter becomes that file's URL */
    static List<Parameter> parameters(EffectiveConfig config, Map<String, String> secrets, String resourceBase) {
        Map<String, String> values = new LinkedHashMap<>();
        for (EffectiveAttribute a : config.attributes()) {
            if (!isMasterAttribute(a.name())) {
                values.put(a.name(), a.resourceFile() ? resourceBase + a.value() : substitute(a.value(), secrets));
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> parameters.add(new Parameter(e.getKey(), e.getValue())));
        return parameters;
    }

    /** Adds the device's inventory name in the family's naming parameter, unless a profile set that parameter. */
    static List<Parameter> withDeviceName(List<Parameter> parameters, String nameParameter, String deviceName) {
        if (nameParameter == null || deviceName == null || parameters.stream().anyMatch(p -> p.name().equals(nameParameter))) {
            return parameters;
        }
        List<Parameter> named = new ArrayList<>(parameters);
        named.add(new Parameter(nameParameter, deviceName));
        named.sort(java.util.Comparator.comparing(Parameter::name));
        return named;
    }

    /** Adds what the profiles leave unset of the family's own parameters (CX update attributes, the polling time). */
    static List<Parameter> withUnset(List<Parameter> parameters, List<Parameter> software) {
        return software.isEmpty() ? parameters : merged(parameters, software);
    }

    /** Puts {@code winning} in place of any parameter of the same name: what a profile must not undo (a device's own account). */
    static List<Parameter> withOverriding(List<Parameter> parameters, List<Parameter> winning) {
        return winning.isEmpty() ? parameters : merged(winning, parameters);
    }

    /** Every parameter of {@code first}, then those of {@code second} that {@code first} does not name; sorted by name. */
    private static List<Parameter> merged(List<Parameter> first, List<Parameter> second) {
        java.util.Set<String> set = new java.util.HashSet<>();
        first.forEach(p -> set.add(p.name()));
        List<Parameter> all = new ArrayList<>(first);
        second.stream().filter(p -> !set.contains(p.name())).forEach(all::add);
        all.sort(java.util.Comparator.comparing(Parameter::name));
        return all;
    }
}
