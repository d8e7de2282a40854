package org.dialtone.software.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareStatus;
import org.dialtone.api.software.SoftwareUpload;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.SoftwareListing;
import org.dialtone.driver.spi.SoftwarePackage;
import org.dialtone.store.ContentFiles;
import org.dialtone.store.SoftwareImageRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The software image repository (F-SW-1). A package is streamed to disk while its SHA-256 is computed (multi-GB
 * packages never sit in memory), listed, and shown to every driver; the files devices download are kept under
 * {@code data/dialtone/software/<sha256>}, once per content, so that relays can sync by hash.
 */
@Component(service = SoftwareImageService.class, configurationPid = "org.dialtone.software")
@Designate(ocd = SoftwareImageServiceImpl.Config.class)
public class SoftwareImageServiceImpl implements SoftwareImageService {
    @ObjectClassDefinition(name = "Dialtone software images")
    public @interface Config {
        @AttributeDefinition(description = "Largest software package accepted, in bytes")
        long maxBytes() default 4L * 1024 * 1024 * 1024;
    }

    private static final Logger LOG = LoggerFactory.getLogger(SoftwareImageServiceImpl.class);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.(zip|ld|tar)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");

    private final SoftwareImageRepository images;
    private final ContentFiles contents;
    private final long maxBytes;
    private final java.util.function.Supplier<List<DeviceDriver>> running;
    private final ImageIndex index;
    private final Licences licences;
    private final UploadProgress uploads = new UploadProgress();
    private volatile DeviceService devices;

    @Activate
    public SoftwareImageServiceImpl(@Reference SoftwareImageRepository images, @Reference org.dialtone.drivers.DriverRegistry registry, Config config)
            throws IOException {
        this(images, Path.of(System.getProperty("karaf.data", "data"), "dialtone", "software").toAbsolutePath(), config.maxBytes(), registry::drivers);
    }

    SoftwareImageServiceImpl(SoftwareImageRepository images, Path root, long maxBytes, java.util.function.Supplier<List<DeviceDriver>> drivers)
            throws IOException {
        this.running = drivers;
        this.images = images;
        this.contents = new ContentFiles(root);
        this.maxBytes = maxBytes;
        this.index = new ImageIndex(images, contents);
        this.licences = new Licences(images, drivers);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setDevices(DeviceService devices) {
        this.devices = devices;
    }

    void unsetDevices(DeviceService devices) {
        if (this.devices == devices) {
            this.devices = null;
        }
    }

    @Override
    public List<SoftwareImage> list() {
        return images.list();
    }

    @Override
    public SoftwareImage get(long id) {
        return images.get(id).orElseThrow(() -> missing(id));
    }

    @Override
    public SoftwareImage upload(String name, String version, InputStream content, String actor) throws IOException {
        return upload(name, version, null, content, actor);
    }

    @Override
    public SoftwareImage upload(String name, String version, String family, InputStream content, String actor) throws IOException {
        String stated = family == null || family.isBlank() ? null : family.strip().toLowerCase(Locale.ROOT);
        List<DeviceDriver> drivers = running.get();
        if (stated != null && drivers.stream().noneMatch(d -> d.family().equals(stated))) {
            throw new InvalidInputException("family", "'" + family + "' is no installed device driver; installed: "
                    + drivers.stream().map(DeviceDriver::family).sorted().toList());
        }
        return receive(name, version, stated, content, actor);
    }

    private SoftwareImage receive(String name, String version, String family, InputStream content, String actor)
            throws IOException {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidInputException("name", "must be a plain file name ending in .zip (UC Software package), .ld (one image) or .tar"
                    + " (Group Series image)");
        }
        if (version != null && !version.isBlank() && !VERSION.matcher(version.strip()).matches()) {
            throw new InvalidInputException("version", "is letters, digits, '.', '_' or '-', at most 64, such as 6.4.3.1234");
        }
        String stated = version == null || version.isBlank() ? null : version.strip();
        PackageArchive archive = new PackageArchive(contents, maxBytes);
        boolean kept = false;
        UploadProgress.Upload upload = uploads.start(name, actor, content);
        try {
            ContentFiles.Stored stored = archive.receive(upload);
            upload.received();
            if (stored.bytes() == 0) {
                throw new InvalidInputException("file", "is empty; send the package as the request body");
            }
            Path pkg = contents.path(stored.sha256());
            boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip");
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> entries = zip ? archive.entries(pkg, texts) : List.of(name);
            SoftwareListing listing = new SoftwareListing(name, entries, texts, stated);
            Set<String> families = new LinkedHashSet<>();
            Set<String> models = new LinkedHashSet<>();
            Set<String> deviceFiles = new LinkedHashSet<>();
            String packageVersion = null;
            Map<String, Set<String>> filesByFamily = new LinkedHashMap<>();
            for (DeviceDriver driver : running.get()) {
                if (family != null && !driver.family().equals(family)) {
                    continue;
                }
                Optional<SoftwarePackage> read;
                try {
                    read = driver.readSoftwarePackage(listing);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("file", e.getMessage());
                } catch (RuntimeException e) {
                    LOG.warn("Driver {} failed to read software package {}: {}", driver.family(), name, e.toString());
                    continue;
                }
                if (read.isPresent()) {
                    filesByFamily.put(driver.family(), new java.util.TreeSet<>(read.get().deviceFiles()));
                    families.add(driver.family());
                    models.addAll(read.get().models());
                    deviceFiles.addAll(read.get().deviceFiles());
                    if (read.get().schemaFile() != null) {
                        deviceFiles.add(read.get().schemaFile());
                    }
                    packageVersion = packageVersion == null ? read.get().version() : packageVersion;
                }
            }
            if (families.isEmpty()) {
                throw new InvalidInputException(family == null ? "file" : "family", name + " holds no software image "
                        + (family == null ? "an installed device driver" : "the " + family + " driver") + " recognises"
                        + " (UC Software: sip.ld or <part number>.sip.ld; Group Series: a .tar; Studio: PolyStudio-<version>.zip)");
            }
            // The same files claimed by several families (a lone combined sip.ld) cannot say whose they are.
            if (families.size() > 1 && new LinkedHashSet<>(filesByFamily.values()).size() == 1) {
                throw new InvalidInputException("family", name + " could be for any of " + families
                        + "; state which family it is for (family=" + families.iterator().next() + ")");
            }
            // A family may download a package whole (Studio): its own name is then one of the device files.
            SoftwareFile whole = new SoftwareFile(name, stored.sha256(), stored.bytes());
            List<SoftwareFile> files = new ArrayList<>();
            if (!zip || deviceFiles.remove(name)) {
                files.add(whole);
            }
            if (zip) {
                files.addAll(archive.extract(pkg, deviceFiles));
            }
            SoftwareImage image = images.create(name, families, packageVersion, models, stored.sha256(), stored.bytes(), files, actor);
            kept = true;
            LOG.info("Software image {} ({} {}, {} bytes) uploaded by {}", name, families, packageVersion, stored.bytes(), actor);
            return image;
        } finally {
            uploads.end(upload);
            if (!kept) {
                archive.discard();
            }
        }
    }

    @Override
    public Optional<Path> schema(long imageId) {
        return index.schema(imageId);
    }

    @Override
    public List<SoftwareUpload> uploads() {
        return uploads.list();
    }

    @Override
    public List<SoftwareStatus> status() {
        DeviceService inventory = devices;
        if (inventory == null) {
            throw new org.dialtone.api.UnavailableException("The device inventory is not running; try again in a moment");
        }
        return StatusCounts.of(inventory.softwareTally(), this::find);
    }

    @Override
    public void delete(long id, boolean force, String actor) {
        Set<String> unused = images.delete(id, force);
        index.forget(id);
        for (String sha256 : unused) {
            try {
                contents.delete(sha256);
            } catch (IOException e) {
                LOG.warn("Software content {} could not be removed: {}", sha256, e.toString());
            }
        }
        LOG.info("Software image {} deleted by {}{}", id, actor, force ? " (forced)" : "");
    }

    @Override
    public void download(long id, String fileName, OutputStream out) throws IOException {
        SoftwareImage image = get(id);
        String sha256 = fileName.equals(image.name()) ? image.sha256()
                : image.files().stream().filter(f -> f.name().equals(fileName)).map(SoftwareFile::sha256).findFirst()
                .orElseThrow(() -> new NotFoundException("Software image " + image.name() + " has no file " + fileName + "; its files: "
                        + image.files().stream().map(SoftwareFile::name).toList()));
        Files.copy(contents.path(sha256), out);
    }

    @Override
    public List<org.dialtone.api.software.SoftwareLicense> licenses() {
        return licences.list();
    }

    @Override
    public org.dialtone.api.software.SoftwareLicense license(long imageId) {
        return licences.of(imageId);
    }

    @Override
    public org.dialtone.api.software.SoftwareLicense uploadLicense(long imageId, String fileName, InputStream content, String actor)
            throws IOException {
        return licences.upload(get(imageId), fileName, content, actor);
    }

    @Override
    public void deleteLicense(long imageId, String actor) {
        licences.delete(imageId, actor);
    }

    @Override
    public void checkSelectable(long imageId) {
        SoftwareImage image = find(imageId).orElseThrow(() -> new InvalidInputException("softwareImageId",
                "there is no software image with id " + imageId + "; list the software images to choose one"));
        licences.requireForSelection(image);
    }

    @Override
    public Optional<SoftwareImage> find(long id) {
        return index.find(id);
    }

    @Override
    public Optional<Path> deviceFile(long id, String fileName) {
        return index.deviceFile(id, fileName);
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("There is no software image with id " + id + "; list the software images to find it");
    }
}
