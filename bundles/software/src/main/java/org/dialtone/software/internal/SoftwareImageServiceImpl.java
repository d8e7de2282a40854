package org.dialtone.software.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.api.software.SoftwareImage;
import org.dialtone.api.software.SoftwareImageService;
import org.dialtone.api.software.SoftwareState;
import org.dialtone.api.software.SoftwareStatus;
import org.dialtone.api.software.SoftwareTally;
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
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final Pattern VERSION = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,63}");
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_TEXT = 4096;
    private static final int MAX_LICENSE = 256 * 1024;
    private static final Pattern LICENSE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ -]{0,123}\\.txt", Pattern.CASE_INSENSITIVE);

    private final SoftwareImageRepository images;
    private final ContentFiles contents;
    private final long maxBytes;
    private final java.util.function.Supplier<List<DeviceDriver>> running;
    /** Images by id for the phones' downloads; an image never changes, deleting one drops it here. */
    private final java.util.concurrent.ConcurrentHashMap<Long, Optional<SoftwareImage>> known = new java.util.concurrent.ConcurrentHashMap<>();
    private final Set<Upload> uploads = java.util.concurrent.ConcurrentHashMap.newKeySet();
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
        List<ContentFiles.Stored> created = new ArrayList<>();
        boolean kept = false;
        Upload upload = new Upload(name, actor, content);
        uploads.add(upload);
        try {
            ContentFiles.Stored stored = put(upload, maxBytes, created);
            upload.reading = true;
            if (stored.bytes() == 0) {
                throw new InvalidInputException("file", "is empty; send the package as the request body");
            }
            Path pkg = contents.path(stored.sha256());
            boolean zip = name.toLowerCase(Locale.ROOT).endsWith(".zip");
            Map<String, String> texts = new LinkedHashMap<>();
            List<String> entries = zip ? zipEntries(pkg, texts) : List.of(name);
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
                files.addAll(extract(pkg, deviceFiles, created));
            }
            SoftwareImage image = images.create(name, families, packageVersion, models, stored.sha256(), stored.bytes(), files, actor);
            kept = true;
            LOG.info("Software image {} ({} {}, {} bytes) uploaded by {}", name, families, packageVersion, stored.bytes(), actor);
            return image;
        } finally {
            uploads.remove(upload);
            if (!kept) {
                for (ContentFiles.Stored stored : created) {
                    contents.delete(stored.sha256());
                }
            }
        }
    }

    @Override
    public Optional<Path> schema(long imageId) {
        return find(imageId).flatMap(image -> image.files().stream().filter(f -> f.name().toLowerCase(Locale.ROOT).endsWith(".xsd"))
                .findFirst()).map(f -> contents.path(f.sha256())).filter(Files::isRegularFile);
    }

    @Override
    public List<SoftwareUpload> uploads() {
        return uploads.stream().map(Upload::progress).sorted(java.util.Comparator.comparing(SoftwareUpload::startedAt)).toList();
    }

    @Override
    public List<SoftwareStatus> status() {
        DeviceService inventory = devices;
        if (inventory == null) {
            throw new org.dialtone.api.UnavailableException("The device inventory is not running; try again in a moment");
        }
        Map<Long, long[]> counts = new java.util.TreeMap<>(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()));
        for (SoftwareTally tally : inventory.softwareTally()) {
            counts.computeIfAbsent(tally.imageId(), k -> new long[SoftwareState.values().length])[tally.state().ordinal()] += tally.devices();
        }
        List<SoftwareStatus> status = new ArrayList<>();
        counts.forEach((id, n) -> {
            Optional<SoftwareImage> image = id == null ? Optional.empty() : find(id);
            status.add(new SoftwareStatus(id, image.map(SoftwareImage::name).orElse(id == null ? null : "(deleted image " + id + ")"),
                    image.map(SoftwareImage::version).orElse(null), n[SoftwareState.UP_TO_DATE.ordinal()], n[SoftwareState.PENDING.ordinal()],
                    n[SoftwareState.FAILING.ordinal()], n[SoftwareState.NONE.ordinal()]));
        });
        return status;
    }

    /** A package being received: counts the bytes read so far for {@link #uploads()}. */
    private static final class Upload extends java.io.FilterInputStream {
        private final String name;
        private final String actor;
        private final java.time.Instant started = java.time.Instant.now();
        private final java.util.concurrent.atomic.AtomicLong received = new java.util.concurrent.atomic.AtomicLong();
        private volatile boolean reading;

        Upload(String name, String actor, InputStream in) {
            super(in);
            this.name = name;
            this.actor = actor;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                received.incrementAndGet();
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                received.addAndGet(n);
            }
            return n;
        }

        SoftwareUpload progress() {
            return new SoftwareUpload(name, actor, started, received.get(), reading ? "reading" : "receiving");
        }
    }

    /** Stores content under the cap, remembering what it added so that a refused upload leaves nothing behind. */
    private ContentFiles.Stored put(InputStream content, long cap, List<ContentFiles.Stored> created) throws IOException {
        try {
            ContentFiles.Stored stored = contents.put(content, cap);
            if (stored.created()) {
                created.add(stored);
            }
            return stored;
        } catch (ContentFiles.TooLargeException e) {
            throw new InvalidInputException("file", "is larger than " + maxBytes + " bytes (unpacked, for a package), the limit set by"
                    + " maxBytes in etc/org.dialtone.software.cfg");
        }
    }

    private List<String> zipEntries(Path zip, Map<String, String> texts) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InvalidInputException("file", "holds more than " + MAX_ENTRIES + " files; this is no software package");
                }
                entries.add(entry.getName());
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".ver") || lower.endsWith(".txt")) && entry.getSize() >= 0 && entry.getSize() <= MAX_TEXT) {
                    try (InputStream in = file.getInputStream(entry)) {
                        texts.put(entry.getName(), new String(in.readNBytes(MAX_TEXT), StandardCharsets.UTF_8));
                    }
                }
            }
            return entries;
        } catch (ZipException e) {
            throw new InvalidInputException("file", "is not a readable ZIP archive (" + e.getMessage() + "); upload the package again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the files devices download out of the archive, each under its own SHA-256; all of them within the cap. */
    private List<SoftwareFile> extract(Path zip, Set<String> wanted, List<ContentFiles.Stored> created) throws IOException {
        List<SoftwareFile> files = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (String entryName : wanted) {
                String name = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (!FILE.matcher(name).matches() || !names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new InvalidInputException("file", "holds two device files named " + name + " or an unusable name; upload one release per package");
                }
                try (InputStream in = archive.getInputStream(archive.getEntry(entryName))) {
                    ContentFiles.Stored stored = put(in, maxBytes - total, created);
                    total += stored.bytes();
                    files.add(new SoftwareFile(name, stored.sha256(), stored.bytes()));
                } catch (ZipException e) {
                    throw new InvalidInputException("file", "is a damaged ZIP archive (" + e.getMessage() + "); upload the package again");
                }
            }
        }
        return files;
    }

    @Override
    public void delete(long id, boolean force, String actor) {
        Set<String> unused = images.delete(id, force);
        known.remove(id);
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
        return images.licenses();
    }

    @Override
    public org.dialtone.api.software.SoftwareLicense license(long imageId) {
        return images.license(imageId).orElseThrow(() -> new NotFoundException("Software image " + imageId
                + " has no licence file; upload one with PUT /api/v1/software/licenses/" + imageId));
    }

    @Override
    public org.dialtone.api.software.SoftwareLicense uploadLicense(long imageId, String fileName, InputStream content, String actor)
            throws IOException {
        if (fileName == null || !LICENSE_NAME.matcher(fileName).matches()) {
            throw new InvalidInputException("fileName", "must be a plain file name ending in .txt, as Polycom delivers update keys");
        }
        SoftwareImage image = get(imageId);
        if (!needsLicense(image)) {
            throw new InvalidInputException("imageId", "image " + image.name() + " is for " + image.families()
                    + ", which take no licence file; licence files are for Group Series images");
        }
        byte[] bytes = content.readNBytes(MAX_LICENSE + 1);
        if (bytes.length == 0 || bytes.length > MAX_LICENSE) {
            throw new InvalidInputException("file", "must hold 1 to " + MAX_LICENSE + " bytes of text (the key file as delivered)");
        }
        String text;
        try {
            text = java.nio.charset.StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new InvalidInputException("file", "is not text; upload the .txt key file as delivered");
        }
        org.dialtone.api.software.SoftwareLicense license = images.saveLicense(imageId, fileName, text, actor);
        LOG.info("Licence file {} for software image {} uploaded by {}", fileName, image.name(), actor);
        return license;
    }

    @Override
    public void deleteLicense(long imageId, String actor) {
        if (!images.deleteLicense(imageId)) {
            throw new NotFoundException("Software image " + imageId + " has no licence file");
        }
        LOG.info("Licence file of software image {} deleted by {}", imageId, actor);
    }

    @Override
    public void checkSelectable(long imageId) {
        SoftwareImage image = find(imageId).orElseThrow(() -> new InvalidInputException("softwareImageId",
                "there is no software image with id " + imageId + "; GET /api/v1/software/images lists them"));
        if (needsLicense(image) && images.license(imageId).isEmpty()) {
            throw new InvalidInputException("softwareImageId", "image " + image.name() + " needs its licence file before devices can be"
                    + " upgraded to it; upload it with PUT /api/v1/software/licenses/" + imageId);
        }
    }

    /** Whether a driver of one of the image's families needs activation keys (Group Series). */
    private boolean needsLicense(SoftwareImage image) {
        return running.get().stream().anyMatch(d -> image.families().contains(d.family()) && d.softwareNeedsActivationKey());
    }

    @Override
    public Optional<SoftwareImage> find(long id) {
        if (known.size() > 10_000) {
            known.clear();
        }
        Optional<SoftwareImage> image = known.computeIfAbsent(id, images::get);
        if (image.isEmpty()) {
            known.remove(id);
        }
        return image;
    }

    @Override
    public Optional<Path> deviceFile(long id, String fileName) {
        Optional<SoftwareImage> image = find(id);
        if (image.isEmpty()) {
            return Optional.empty();
        }
        return image.get().files().stream().filter(f -> f.name().equalsIgnoreCase(fileName)).map(SoftwareFile::sha256).findFirst()
                .map(contents::path).filter(Files::isRegularFile);
    }

    private static NotFoundException missing(long id) {
        return new NotFoundException("There is no software image with id " + id + "; GET /api/v1/software/images lists them");
    }
}
