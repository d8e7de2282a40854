package org.dialtone.driver.spi;

import java.util.List;
import java.util.Set;

/**
 * A driver's reading of a software package: the version, the models of its family the package serves, and the
 * files of the package that devices download (by name, as listed in {@link SoftwareListing#entries()}).
 *
 * @since 2.1
 */
public record SoftwarePackage(String version, Set<String> models, List<String> deviceFiles) {
    public SoftwarePackage {
        models = Set.copyOf(models);
        deviceFiles = List.copyOf(deviceFiles);
    }
}
