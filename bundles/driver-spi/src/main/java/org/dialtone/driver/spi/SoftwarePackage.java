package org.dialtone.driver.spi;

import java.util.List;
import java.util.Set;

/**
 * A driver's reading of a software package: the version, the models of its family the package serves, and the
 * files of the package that devices download (by name, as listed in {@link SoftwareListing#entries()}).
 * {@code schemaFile} is the entry holding the release's parameter schema (UC Software {@code polycomConfig.xsd}), or
 * null: profiles that select the image check their parameters against it (@since 2.2).
 *
 * @since 2.1
 */
public record SoftwarePackage(String version, Set<String> models, List<String> deviceFiles, String schemaFile) {
    public SoftwarePackage {
        models = Set.copyOf(models);
        deviceFiles = List.copyOf(deviceFiles);
    }

    public SoftwarePackage(String version, Set<String> models, List<String> deviceFiles) {
        this(version, models, deviceFiles, null);
    }
}
