package org.dialtone.driver.spi;

import java.util.List;
import java.util.Map;

/**
 * What the core decided a device's master configuration says; the driver writes it in the family's format.
 *
 * @param model            the model token the file is for, for per-model children; null renders the generic file
 * @param appFilePath      the software image path, or null to leave software alone
 * @param configFiles      configuration files in priority order (first wins on the device)
 * @param directories      directory attributes by name ({@code LOG_FILE_DIRECTORY}, {@code OVERRIDES_DIRECTORY}, ...)
 * @param custom           further attributes from profiles: master-file parameters and {@code _mac_cfg*} ones
 * @param modelAppFilePath the image path for {@code model} alone (its split image {@code <part>.sip.ld}); null when
 *                         it is {@code appFilePath}
 */
public record MasterConfig(String model, String appFilePath, List<String> configFiles, Map<String, String> directories,
                           Map<String, String> custom, String modelAppFilePath) {
    public MasterConfig {
        configFiles = List.copyOf(configFiles);
        directories = Map.copyOf(directories);
        custom = Map.copyOf(custom);
    }

    public MasterConfig(String model, String appFilePath, List<String> configFiles, Map<String, String> directories,
                        Map<String, String> custom) {
        this(model, appFilePath, configFiles, directories, custom, null);
    }

    /** What the model's own element says: its split image when there is one. */
    public String appFilePathForModel() {
        return modelAppFilePath != null ? modelAppFilePath : appFilePath;
    }
}
