package org.dialtone.software.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.Uploads;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareLicense;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.store.SoftwareImageRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The update key files families such as Group Series need per image (F-SW-4): one text file per image. */
final class Licences {
    private static final int MAX_BYTES = 256 * 1024;
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,123}\\.txt", Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = LoggerFactory.getLogger(Licences.class);

    private final SoftwareImageRepository images;
    private final Supplier<List<DeviceDriver>> drivers;

    Licences(SoftwareImageRepository images, Supplier<List<DeviceDriver>> drivers) {
        this.images = images;
        this.drivers = drivers;
    }

    List<SoftwareLicense> list() {
        return images.licenses();
    }

    SoftwareLicense of(long imageId) {
        return images.license(imageId).orElseThrow(() -> new NotFoundException("Software image " + imageId
                + " has no licence file; upload the image's key file first"));
    }

    SoftwareLicense upload(SoftwareImage image, String fileName, InputStream content, String actor) throws IOException {
        if (fileName == null || !NAME.matcher(fileName).matches()) {
            throw new InvalidInputException("fileName", "must be a plain file name ending in .txt, as Polycom delivers update keys");
        }
        if (!needed(image)) {
            throw new InvalidInputException("imageId", "image " + image.name() + " is for " + image.families()
                    + ", which take no licence file; licence files are for Group Series images");
        }
        byte[] bytes = Uploads.read(content, MAX_BYTES, "file", "must hold 1 to " + MAX_BYTES + " bytes of text (the key file as delivered)");
        if (bytes.length == 0) {
            throw new InvalidInputException("file", "must hold 1 to " + MAX_BYTES + " bytes of text (the key file as delivered)");
        }
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("file", "is not text; upload the .txt key file as delivered");
        }
        SoftwareLicense license = images.saveLicense(image.id(), fileName, text, actor);
        LOG.info("Licence file {} for software image {} uploaded by {}", fileName, image.name(), actor);
        return license;
    }

    void delete(long imageId, String actor) {
        if (!images.deleteLicense(imageId)) {
            throw new NotFoundException("Software image " + imageId + " has no licence file");
        }
        LOG.info("Licence file of software image {} deleted by {}", imageId, actor);
    }

    /** A profile may select the image only once its licence file is there, when its family needs one. */
    void requireForSelection(SoftwareImage image) {
        if (needed(image) && images.license(image.id()).isEmpty()) {
            throw new InvalidInputException("softwareImageId", "image " + image.name() + " needs its licence file before devices can be"
                    + " upgraded to it; upload the image's key file first");
        }
    }

    /** Whether a driver of one of the image's families needs activation keys (Group Series). */
    private boolean needed(SoftwareImage image) {
        return drivers.get().stream().anyMatch(d -> image.families().contains(d.family()) && d.softwareNeedsActivationKey());
    }
}
