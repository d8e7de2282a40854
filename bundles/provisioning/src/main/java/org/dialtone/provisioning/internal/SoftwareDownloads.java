package org.dialtone.provisioning.internal;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.driver.spi.DeviceDriver;

/**
 * Software images as devices download them: at this server's own layout ({@code software/<id>/<file>}), at a family's
 * own folder ({@code swupdate/CX/<version>/sip.ld}) or path (Studio's {@code studio/v1/<serial>/software}); and which
 * image a device's profiles select for it, answered from memory.
 */
final class SoftwareDownloads {
    private static final Pattern IMAGE_PATH = Pattern.compile(Pattern.quote(ConfigFiles.SOFTWARE_PREFIX) + "([0-9]{1,18})/([A-Za-z0-9][A-Za-z0-9._-]{0,127})");

    private final Supplier<SoftwareImageService> software;
    /** Images by a family's folder ({@code cx:swupdate/CX/1.3.4}), as devices without their identity in the path ask. */
    private final java.util.concurrent.ConcurrentHashMap<String, Long> folders = new java.util.concurrent.ConcurrentHashMap<>();

    SoftwareDownloads(Supplier<SoftwareImageService> software) {
        this.software = software;
    }

    /** Whether the path is this server's own image layout, which needs no driver's word. */
    static boolean isImagePath(String path) {
        return IMAGE_PATH.matcher(path).matches();
    }

    /** The image the device's profiles select for its family and model. */
    Optional<DeviceSoftware> choose(DeviceDriver driver, EffectiveConfig config, String model) {
        SoftwareImageService images = software.get();
        if (config == null || config.softwareChoices().isEmpty() || images == null) {
            return Optional.empty();
        }
        String part = model == null ? null : driver.models().stream().filter(m -> m.token().equalsIgnoreCase(model))
                .map(org.dialtone.driver.spi.DeviceModel::partNumber).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return DeviceSoftware.choose(config, driver.family(), model, part, images::find, driver::softwareFolder);
    }

    /** The inventory hears when the image a device is told to run changes, so its software state follows it (F-SW-4). */
    static void noteTarget(DeviceService inventory, Device known, DeviceSoftware chosen) {
        org.dialtone.api.software.SoftwareUpdate was = known.softwareUpdate();
        Long id = chosen == null ? null : chosen.id();
        String version = chosen == null ? null : chosen.image().version();
        if (!java.util.Objects.equals(id, was == null ? null : was.imageId())
                || was != null && !java.util.Objects.equals(version, was.version())) {
            inventory.recordSoftwareTarget(known.id(), id, version);
        }
    }

    /**
     * An image file by the path the master configuration gave ({@code software/<id>/<file>}), or the image's licence
     * file by its name in the same folder (beside the image, for a paired device to find).
     */
    Answer byPath(String path, DeviceCall conditions) {
        Matcher m = IMAGE_PATH.matcher(path);
        SoftwareImageService images = software.get();
        if (!m.matches() || images == null) {
            return Answer.status(404);
        }
        long id = Long.parseLong(m.group(1));
        Answer file = imageFile(images, id, m.group(2), conditions);
        if (file.status() != 404) {
            return file;
        }
        try {
            org.dialtone.api.software.SoftwareLicense licence = images.license(id);
            return licence.fileName().equalsIgnoreCase(m.group(2))
                    ? Answer.bytes(licence.content().getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/plain;charset=utf-8") : file;
        } catch (org.dialtone.api.NotFoundException none) {
            return file;
        }
    }

    /** The image of another family a path names, when it is not one the device's own family runs. */
    Optional<SoftwareImage> imageOfOtherFamily(String path, String family) {
        Matcher m = IMAGE_PATH.matcher(path);
        SoftwareImageService images = software.get();
        if (!m.matches() || images == null) {
            return Optional.empty();
        }
        return images.find(Long.parseLong(m.group(1))).filter(image -> !image.families().contains(family));
    }

    /**
     * What the device's driver needs to hand a paired device of another family the image the device's profiles select
     * for that family (a Trio's Group Series): for each such family, the highest-priority selection its driver takes.
     */
    java.util.List<org.dialtone.driver.spi.Parameter> forPairedDevices(DeviceDriver driver, EffectiveConfig config, String absoluteBase,
                                                                      java.time.LocalTime windowStart, java.time.Duration window) {
        SoftwareImageService images = software.get();
        if (config == null || config.softwareChoices().isEmpty() || images == null) {
            return java.util.List.of();
        }
        java.util.Set<String> handed = new java.util.HashSet<>();
        java.util.List<org.dialtone.driver.spi.Parameter> parameters = new java.util.ArrayList<>();
        for (org.dialtone.api.profiles.Source choice : config.softwareChoices()) {
            Optional<SoftwareImage> image = images.find(Long.parseLong(choice.value()));
            if (image.isEmpty() || image.get().families().contains(driver.family())) {
                continue;
            }
            for (String family : image.get().families()) {
                java.util.List<org.dialtone.driver.spi.Parameter> own = handed.contains(family) ? java.util.List.of()
                        : driver.pairedSoftwareParameters(family, image.get().version(),
                        absoluteBase + ConfigFiles.SOFTWARE_PREFIX + image.get().id() + "/", windowStart, window);
                if (!own.isEmpty()) {
                    handed.add(family);
                    parameters.addAll(own);
                }
            }
        }
        return parameters;
    }

    /** Software asked for at a family's own path: the file of that name of the device's selected image; 404 without one. */
    Answer selected(DeviceDriver driver, Device known, EffectiveConfig config, String path, DeviceCall conditions) {
        SoftwareImageService images = software.get();
        Optional<DeviceSoftware> chosen = choose(driver, config, known.model());
        Optional<String> name = chosen.flatMap(c -> c.file(path.substring(path.lastIndexOf('/') + 1)));
        return images == null || name.isEmpty() ? Answer.status(404) : imageFile(images, chosen.get().id(), name.get(), conditions);
    }

    /** A file below a family's own folder ({@code swupdate/CX/<version>/sip.ld}): the family's image of that version. */
    Answer inFolder(DeviceDriver driver, String path, DeviceCall conditions) {
        SoftwareImageService images = software.get();
        int slash = path.lastIndexOf('/');
        if (images == null || slash < 0) {
            return Answer.status(404);
        }
        String folder = path.substring(0, slash);
        String key = driver.family() + ":" + folder.toLowerCase(Locale.ROOT);
        Long id = folders.get(key);
        Optional<SoftwareImage> cached = id == null ? Optional.empty() : images.find(id);
        Optional<SoftwareImage> image = cached.isPresent() ? cached
                : images.list().stream().filter(i -> i.families().contains(driver.family()))
                .filter(i -> folder.equalsIgnoreCase(driver.softwareFolder(i.version()))).findFirst();
        image.ifPresent(i -> folders.put(key, i.id()));
        Optional<String> name = image.flatMap(i -> new DeviceSoftware(i, null).file(path.substring(slash + 1)));
        return name.isEmpty() ? Answer.status(404) : imageFile(images, image.get().id(), name.get(), conditions);
    }

    private static Answer imageFile(SoftwareImageService images, long imageId, String name, DeviceCall conditions) {
        return images.deviceFile(imageId, name).map(file -> HttpAnswers.file(file, "application/octet-stream", conditions)).orElse(Answer.status(404));
    }
}
