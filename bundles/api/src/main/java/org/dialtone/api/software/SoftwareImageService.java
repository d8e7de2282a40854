package org.dialtone.api.software;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** The software image repository (F-SW-1): packages are streamed to disk, stored once by content, read by the drivers. */
public interface SoftwareImageService {
    List<SoftwareImage> list();

    SoftwareImage get(long id);

    /**
     * Stores a package under a name ({@code .zip}, {@code .ld}, {@code .tar}); the drivers say what it serves.
     * {@code version} is the admin's statement, used when the package names none. Refused with the reason when no
     * driver recognises it, it is corrupt, or too large; nothing is kept then.
     */
    SoftwareImage upload(String name, String version, InputStream content, String actor) throws IOException;

    /**
     * As {@link #upload(String, String, InputStream, String)}, for one family only ({@code vvx}, {@code trio}, ...): a
     * lone combined {@code sip.ld} fits every UC Software family and must say which it is for; null lets the drivers
     * decide.
     */
    SoftwareImage upload(String name, String version, String family, InputStream content, String actor) throws IOException;

    /** Refused while a profile selects the image (the answer names them), unless {@code force}. */
    void delete(long id, boolean force, String actor);

    void download(long id, String fileName, OutputStream out) throws IOException;

    /**
     * Where a file devices download from an image is on disk ({@code sip.ld}, {@code <part>.sip.ld}, {@code sip.ver}, a
     * Group Series {@code .tar}); empty when the image or the file does not exist. Answered from memory: phones ask
     * for it at every boot.
     */
    java.util.Optional<java.nio.file.Path> deviceFile(long id, String fileName);

    /** The licence key files of the images that have one. */
    List<SoftwareLicense> licenses();

    /** The image's licence file; not found when it has none. */
    SoftwareLicense license(long imageId);

    /** Adds or replaces the licence file (a {@code .txt}) of an image whose family needs one; refused for others. */
    SoftwareLicense uploadLicense(long imageId, String fileName, InputStream content, String actor) throws IOException;

    void deleteLicense(long imageId, String actor);

    /**
     * Refuses (400, naming {@code softwareImageId}) an image a profile cannot select: one that does not exist, or
     * one whose family needs a licence file (Group Series) that has none yet.
     */
    void checkSelectable(long imageId);

    /** The image, answered from memory like {@link #deviceFile}; empty when there is none with this id. */
    java.util.Optional<SoftwareImage> find(long id);

    /** Devices by the image they were told to run and where they stand with it, as of each one's last request. */
    List<SoftwareStatus> status();

    /** The uploads being received or read now; an upload leaves the list when it is stored or refused. */
    List<SoftwareUpload> uploads();

    /** The parameter schema the image's release ships ({@code polycomConfig.xsd}); empty when it has none. */
    java.util.Optional<java.nio.file.Path> schema(long imageId);
}
