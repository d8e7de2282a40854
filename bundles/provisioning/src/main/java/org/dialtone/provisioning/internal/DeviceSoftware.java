package org.dialtone.provisioning.internal;

import java.util.Optional;
import java.util.function.LongFunction;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Source;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;

/**
 * The image a device is told to run: the highest-priority selection whose image serves the device's family and
 * model. A selected image that no longer exists (deleted with force) ends the search: the device keeps its firmware
 * rather than falling back to an older choice.
 *
 * @param modelFile the image's split file for the device's model ({@code <part>.sip.ld}), or null
 * @param folder    where below the download path the device finds the image's files, without slashes at either end
 */
record DeviceSoftware(SoftwareImage image, String modelFile, String folder) {

    DeviceSoftware(SoftwareImage image, String modelFile) {
        this(image, modelFile, null);
    }

    DeviceSoftware {
        folder = folder == null ? ConfigFiles.SOFTWARE_PREFIX + image.id() : folder;
    }

    static Optional<DeviceSoftware> choose(EffectiveConfig config, String family, String model, String partNumber,
                                           LongFunction<Optional<SoftwareImage>> images) {
        return choose(config, family, model, partNumber, images, version -> null);
    }

    /** @param folders the family's folder for a version ({@code DeviceDriver.softwareFolder}); null for {@code software/<id>} */
    static Optional<DeviceSoftware> choose(EffectiveConfig config, String family, String model, String partNumber,
                                           LongFunction<Optional<SoftwareImage>> images, java.util.function.UnaryOperator<String> folders) {
        if (config == null) {
            return Optional.empty();
        }
        for (Source choice : config.softwareChoices()) {
            Optional<SoftwareImage> image = images.apply(Long.parseLong(choice.value()));
            if (image.isEmpty()) {
                return Optional.empty();
            }
            if (serves(image.get(), family, model)) {
                return Optional.of(new DeviceSoftware(image.get(), splitFile(image.get(), partNumber), folders.apply(image.get().version())));
            }
        }
        return Optional.empty();
    }

    static boolean serves(SoftwareImage image, String family, String model) {
        return image.families().contains(family)
                && (model == null || image.models().isEmpty() || image.models().stream().anyMatch(model::equalsIgnoreCase));
    }

    private static String splitFile(SoftwareImage image, String partNumber) {
        if (partNumber == null) {
            return null;
        }
        String name = partNumber + ".sip.ld";
        return image.files().stream().map(SoftwareFile::name).filter(name::equalsIgnoreCase).findFirst().orElse(null);
    }

    long id() {
        return image.id();
    }

    /**
     * The file a device asks for by name below its folder; a package downloaded whole (its only file, named as the
     * upload: Studio) answers the family's own request for "its software" too.
     */
    Optional<String> file(String requested) {
        for (org.dialtone.api.software.SoftwareFile f : image.files()) {
            if (f.name().equalsIgnoreCase(requested)) {
                return Optional.of(f.name());
            }
        }
        return image.files().size() == 1 && image.files().get(0).name().equals(image.name()) ? Optional.of(image.name()) : Optional.empty();
    }
}
