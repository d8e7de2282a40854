package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.io.InputStream;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceContact;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.driver.spi.BootStage;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.ProvisioningFile;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What phones fetch from {@code /prov} (F-PROV-1/2/4): the driver that recognises the request says what the path
 * is; master configurations and the generated configuration file are rendered from the device's effective
 * configuration. Only paths a driver claims are answered; everything else is 404 at once.
 */
final class ProvisioningResource {
    private static final Logger LOG = LoggerFactory.getLogger(ProvisioningResource.class);
    private static final String XML = "application/xml; charset=utf-8";
    private static final java.util.Set<FileKind> UPLOADS = java.util.EnumSet.of(FileKind.LOG, FileKind.OVERRIDE, FileKind.CONTACTS,
            FileKind.CALL_LIST, FileKind.CORE_DUMP);
    private static final java.util.Set<FileKind> STORED = java.util.EnumSet.of(FileKind.OVERRIDE, FileKind.CONTACTS, FileKind.LICENSE,
            FileKind.RESOURCE, FileKind.USER_PROFILE, FileKind.CERTIFICATE, FileKind.FEATURE_LICENSE);

    static final int MAX_POST_BYTES = 64 * 1024;

    private final Supplier<DeviceService> devices;
    private final Supplier<DeploymentService> deployment;
    private final org.dialtone.drivers.DriverRegistry drivers;
    private final DeviceFiles files;
    private final Supplier<java.util.Map<String, String>> secrets;
    private final Supplier<List<String>> trustedProxies;
    private final Supplier<ResourceContent> resources;
    private final Supplier<org.dialtone.api.software.SoftwareImageService> software;
    private final DownloadPaths downloadPaths;
    private final RenderedFiles cache = new RenderedFiles(32L * 1024 * 1024);
    private final LogThrottle missingDriverWarnings = new LogThrottle(java.time.Duration.ofMinutes(10));

    ProvisioningResource(Supplier<DeviceService> devices, Supplier<DeploymentService> deployment, org.dialtone.drivers.DriverRegistry drivers,
                         DeviceFiles files, Supplier<java.util.Map<String, String>> secrets, Supplier<List<String>> trustedProxies,
                         Supplier<ResourceContent> resources, Supplier<org.dialtone.api.software.SoftwareImageService> software,
                         DownloadPaths downloadPaths) {
        this.downloadPaths = downloadPaths;
        this.resources = resources;
        this.software = software;
        this.devices = devices;
        this.deployment = deployment;
        this.drivers = drivers;
        this.files = files;
        this.secrets = secrets;
        this.trustedProxies = trustedProxies;
    }

    /** Devices upload logs, overrides, directories and call lists into their own names (F-PROV-3). */
    Answer put(DeviceCall call) {
        String rawPath = call.rawPath();
        long started = System.nanoTime();
        String path = ProvisioningPaths.clean(rawPath);
        if (path == null) {
            return done(rawPath, Answer.status(404), started, "not a provisioning path");
        }
        ProvisioningRequest request = new ProvisioningRequest("PUT", path, call.headers());
        Optional<org.dialtone.drivers.DriverRegistry.Recognition> recognition = drivers.recognize(request);
        if (recognition.isPresent()) {
            DeviceDriver driver = recognition.get().driver();
            RecognizedDevice device = recognition.get().device();
            Optional<ProvisioningFile> file = driver.classify(device, path);
            if (file.isEmpty() || device.identity() == null || !UPLOADS.contains(file.get().kind())) {
                return done(path, Answer.status(405).with("Allow", "GET"), started, "not an upload");
            }
            DeviceService inventory = devices.get();
            if (inventory == null) {
                return Answer.retryLater(30);
            }
            inventory.recordContact(contact(driver, device, clientAddress(call), false));
            try {
                files.store(device.identity().value(), file.get().kind(), file.get().name(), call.body());
                return done(path, Answer.status(204), started, driver.family());
            } catch (org.dialtone.store.ContentFiles.TooLargeException e) {
                LOG.warn("Upload {} refused: {}; the previous file is kept", path, e.getMessage());
                return done(path, Answer.status(413), started, e.getMessage());
            } catch (java.io.IOException e) {
                LOG.warn("Upload {} could not be stored: {}", path, e.toString());
                return done(path, Answer.status(500), started, "store failed");
            }
        }
        return unrecognised(request, started);
    }

    /**
     * Families with their own polling protocol POST a request document (the Group Series' Polaris
     * {@code ProvisionRequestMessage}) and get their configuration back; at most {@value #MAX_POST_BYTES} bytes.
     */
    Answer post(DeviceCall call) {
        String rawPath = call.rawPath();
        long started = System.nanoTime();
        String path = rawPath == null || rawPath.isEmpty() || rawPath.equals("/") ? "" : ProvisioningPaths.clean(rawPath);
        if (path == null) {
            return done(rawPath, Answer.status(404), started, "not a provisioning path");
        }
        String text;
        try {
            byte[] bytes = call.body().readNBytes(MAX_POST_BYTES + 1);
            if (bytes.length > MAX_POST_BYTES) {
                return done(path, Answer.status(413), started, "request document too large");
            }
            text = new String(bytes, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            return done(path, Answer.status(400), started, "request body unreadable: " + e.getMessage());
        }
        ProvisioningRequest request = new ProvisioningRequest("POST", path, call.headers(), text);
        Optional<org.dialtone.drivers.DriverRegistry.Recognition> recognition = drivers.recognize(request);
        if (recognition.isPresent()) {
            DeviceDriver driver = recognition.get().driver();
            RecognizedDevice device = recognition.get().device();
            Optional<ProvisioningFile> file = driver.classify(device, path);
            if (file.isPresent() && file.get().kind() != FileKind.DEVICE_CONFIG) {
                return done(path, Answer.status(405).with("Allow", "GET"), started, "not a polling request");
            }
            try {
                return done(path, serve(driver, device, path, clientAddress(call), null), started, driver.family());
            } catch (RuntimeException e) {
                LOG.warn("POST /prov/{} for a {} device failed: {}", path, driver.family(), e.toString());
                return done(path, Answer.retryLater(60), started, e.toString());
            }
        }
        return unrecognised(request, started);
    }

    Answer get(DeviceCall call) {
        String rawPath = call.rawPath();
        long started = System.nanoTime();
        String path = ProvisioningPaths.clean(rawPath);
        if (path == null) {
            return done(rawPath, Answer.status(404), started, "not a provisioning path");
        }
        ProvisioningRequest request = new ProvisioningRequest("GET", path, call.headers());
        Optional<org.dialtone.drivers.DriverRegistry.Recognition> recognition = drivers.recognize(request);
        if (recognition.isPresent()) {
            DeviceDriver driver = recognition.get().driver();
            try {
                return done(path, serve(driver, recognition.get().device(), path, clientAddress(call), call), started, driver.family());
            } catch (RuntimeException e) {
                // A phone retries; it never gets a stack trace, the log gets the reason.
                LOG.warn("GET /prov/{} for a {} device failed: {}", path, driver.family(), e.toString());
                return done(path, Answer.retryLater(60), started, e.toString());
            }
        }
        return unrecognised(request, started);
    }

    /**
     * No driver claims the request: 404, unless it names a known device whose family's driver is not installed
     * (F-DRV-3). Such a device is kept and told to come back (503) until its driver returns.
     */
    private Answer unrecognised(ProvisioningRequest request, long started) {
        String path = request.path();
        List<org.dialtone.driver.spi.DeviceIdentity> named = drivers.identitiesOfMissingFamilies(request);
        DeviceService inventory = named.isEmpty() ? null : devices.get();
        for (org.dialtone.driver.spi.DeviceIdentity identity : inventory == null ? List.<org.dialtone.driver.spi.DeviceIdentity>of() : named) {
            boolean mac = identity.kind() == org.dialtone.driver.spi.DeviceIdentity.Kind.MAC;
            Optional<Device> orphan = inventory.findByIdentity(mac ? identity.value() : null, mac ? null : identity.value());
            if (orphan.isPresent() && orphan.get().driverMissing()) {
                Device d = orphan.get();
                if (missingDriverWarnings.shouldLog(d.family() + "/" + d.id())) {
                    LOG.warn("Provisioning of device {} ({} {}) refused with 503: the '{}' device driver is not installed; install it"
                            + " (copy its jar into deploy/ or feature:install dialtone-driver-{}) and the device provisions again",
                            d.id(), mac ? "MAC" : "serial", identity.value(), d.family(), d.family());
                }
                return done(path, Answer.retryLater(300), started, "driver missing: " + d.family());
            }
        }
        return done(path, Answer.status(404), started, "no driver recognises the device");
    }

    private Answer serve(DeviceDriver driver, RecognizedDevice device, String path, String remoteAddress, DeviceCall conditions) {
        Optional<ProvisioningFile> file = driver.classify(device, path);
        if (file.isEmpty()) {
            // This server's own image layout needs no driver's word: a family with its own paths (Studio) downloads here too.
            return SOFTWARE_PATH.matcher(path).matches() ? software(path, conditions) : Answer.status(404);
        }
        DeviceService inventory = devices.get();
        DeploymentService configs = deployment.get();
        if (inventory == null || configs == null) {
            return Answer.retryLater(30);
        }
        ProvisioningFile f = file.get();
        Device known = device.identity() == null ? null
                : inventory.recordContact(contact(driver, device, remoteAddress,
                f.kind() == FileKind.MASTER_CONFIG || f.kind() == FileKind.DEVICE_CONFIG));
        if (f.kind() == FileKind.MASTER_CONFIG) {
            try {
                EffectiveConfig config = known == null ? null : configs.effectiveConfig(known.id());
                String mac = known == null ? null : known.mac();
                DeviceSoftware chosen = known == null ? null : chooseSoftware(driver, config, device.model() != null ? device.model() : known.model()).orElse(null);
                if (known != null) {
                    noteTarget(inventory, known, chosen);
                }
                String base = chosen == null ? null : downloadPaths.baseFor(known.siteId());
                String key = known == null ? "generic:" + driver.family() + ":" + device.model() : "master:" + known.id() + ":" + device.model();
                return rendered(cache.get(key, config == null ? driver : config, Arrays.asList(driver, mac, base, chosen),
                        () -> driver.renderMasterConfig(ConfigFiles.master(config, device.model(), mac, base, chosen))), conditions);
            } catch (RuntimeException e) {
                if (known != null) {
                    inventory.recordProvisionFailed(known.id());
                }
                LOG.warn("The master configuration of {} could not be generated: {}", path, e.toString());
                return Answer.retryLater(60);
            }
        }
        boolean generated = f.kind() == FileKind.DEVICE_CONFIG || f.kind() == FileKind.CONFIG && known != null && known.mac() != null
                && f.name().equalsIgnoreCase(ConfigFiles.generatedName(known.mac()));
        if (generated) {
            return known == null ? Answer.status(404)
                    : deviceConfiguration(driver, known, inventory, configs, path, conditions, f.kind() == FileKind.DEVICE_CONFIG);
        }
        if (STORED.contains(f.kind())) {
            // Per-device names live with the device; 000000000000-* names are the files for all devices.
            String owner = device.identity() != null ? device.identity().value() : DeviceFileServiceImpl.ALL_DEVICES;
            Optional<java.nio.file.Path> stored = files.find(owner, f.kind(), f.name());
            if (stored.isPresent()) {
                return file(stored.get(), XML, conditions);
            }
        }
        if (f.kind() == FileKind.RESOURCE || f.kind() == FileKind.CONFIG) {
            // Files profiles name (CONFIG_FILES, MISC_FILES, ring tones, images) come from the resource files.
            ResourceContent content = resources.get();
            Optional<java.nio.file.Path> resource = content == null ? Optional.empty() : content.path(f.name());
            if (resource.isPresent()) {
                return file(resource.get(), "application/octet-stream", conditions);
            }
        }
        if (f.kind() == FileKind.SOFTWARE) {
            if (!SOFTWARE_PATH.matcher(path).matches()) {
                return known != null ? ownSoftware(driver, known, configs, path, conditions) : folderSoftware(driver, path, conditions);
            }
            return software(path, conditions);
        }
        return Answer.status(404);
    }

    /**
     * The device's generated configuration file (UC {@code <mac>-dialtone.cfg}, or a polling family's whole document):
     * its effective parameters with secrets filled in, the name the family takes from the inventory, and what the
     * family needs for a selected software image.
     *
     * @param wholeConfiguration a polling family's whole document: the device learns of its software here, when its
     *                           driver can tell it (a family that cannot is not counted as pending or failing)
     */
    private Answer deviceConfiguration(DeviceDriver driver, Device known, DeviceService inventory, DeploymentService configs, String path,
                                       DeviceCall conditions, boolean wholeConfiguration) {
        try {
            EffectiveConfig config = configs.effectiveConfig(known.id());
            Map<String, String> secretValues = secrets.get();
            Optional<DeviceSoftware> chosen = chooseSoftware(driver, config, known.model());
            List<org.dialtone.driver.spi.Parameter> forSoftware = chosen.map(c -> driver.softwareParameters(c.image().version(),
                    downloadPaths.absoluteBaseFor(known.siteId()) + c.folder(),
                    c.image().files().stream().map(org.dialtone.api.software.SoftwareFile::name).toList())).orElse(List.of());
            if (wholeConfiguration) {
                noteTarget(inventory, known, forSoftware.isEmpty() ? null : chosen.get());
            }
            return rendered(cache.get("config:" + known.id(), config, Arrays.asList(driver, secretValues, known.name(), forSoftware),
                    () -> driver.renderConfigFile(ConfigFiles.withSoftwareParameters(ConfigFiles.withDeviceName(
                            ConfigFiles.parameters(config, secretValues), driver.deviceNameParameter(), known.name()), forSoftware))), conditions);
        } catch (RuntimeException e) {
            inventory.recordProvisionFailed(known.id());
            LOG.warn("The configuration of device {} ({}) could not be generated: {}", known.id(), path, e.toString());
            return Answer.retryLater(60);
        }
    }

    /** The inventory hears when the image a device is told to run changes, so its software state follows it (F-SW-4). */
    private static void noteTarget(DeviceService inventory, Device known, DeviceSoftware chosen) {
        org.dialtone.api.software.SoftwareUpdate was = known.softwareUpdate();
        Long id = chosen == null ? null : chosen.id();
        String version = chosen == null ? null : chosen.image().version();
        if (!java.util.Objects.equals(id, was == null ? null : was.imageId())
                || was != null && !java.util.Objects.equals(version, was.version())) {
            inventory.recordSoftwareTarget(known.id(), id, version);
        }
    }

    /** The image the device's profiles select for its family and model (DeviceSoftware), answered from memory. */
    private Optional<DeviceSoftware> chooseSoftware(DeviceDriver driver, EffectiveConfig config, String model) {
        org.dialtone.api.software.SoftwareImageService images = software.get();
        if (config == null || config.softwareChoices().isEmpty() || images == null) {
            return Optional.empty();
        }
        String part = model == null ? null : driver.models().stream().filter(m -> m.token().equalsIgnoreCase(model))
                .map(org.dialtone.driver.spi.DeviceModel::partNumber).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return DeviceSoftware.choose(config, driver.family(), model, part, images::find, driver::softwareFolder);
    }

    private static final java.util.regex.Pattern SOFTWARE_PATH = java.util.regex.Pattern.compile(
            java.util.regex.Pattern.quote(ConfigFiles.SOFTWARE_PREFIX) + "([0-9]{1,18})/([A-Za-z0-9][A-Za-z0-9._-]{0,127})");

    /**
     * Software asked for at a family's own folder ({@code swupdate/CX/<version>/sip.ld}) or path (Studio's
     * {@code studio/v1/<serial>/software}): the file of that name of the device's selected image; 404 without one.
     */
    private Answer ownSoftware(DeviceDriver driver, Device known, DeploymentService configs, String path, DeviceCall conditions) {
        org.dialtone.api.software.SoftwareImageService images = software.get();
        Optional<DeviceSoftware> chosen = chooseSoftware(driver, configs.effectiveConfig(known.id()), known.model());
        Optional<String> name = chosen.flatMap(c -> c.file(path.substring(path.lastIndexOf('/') + 1)));
        return images == null || name.isEmpty() ? Answer.status(404) : imageFile(images, chosen.get().id(), name.get(), conditions);
    }

    /** Images by a family's folder ({@code cx:swupdate/CX/1.3.4}), as devices without their identity in the path ask. */
    private final java.util.concurrent.ConcurrentHashMap<String, Long> folders = new java.util.concurrent.ConcurrentHashMap<>();

    /** A file below a family's own folder ({@code swupdate/CX/<version>/sip.ld}): the family's image of that version. */
    private Answer folderSoftware(DeviceDriver driver, String path, DeviceCall conditions) {
        org.dialtone.api.software.SoftwareImageService images = software.get();
        int slash = path.lastIndexOf('/');
        if (images == null || slash < 0) {
            return Answer.status(404);
        }
        String folder = path.substring(0, slash);
        String key = driver.family() + ":" + folder.toLowerCase(Locale.ROOT);
        Long id = folders.get(key);
        Optional<org.dialtone.api.software.SoftwareImage> cached = id == null ? Optional.empty() : images.find(id);
        Optional<org.dialtone.api.software.SoftwareImage> image = cached.isPresent() ? cached
                : images.list().stream().filter(i -> i.families().contains(driver.family()))
                .filter(i -> folder.equalsIgnoreCase(driver.softwareFolder(i.version()))).findFirst();
        image.ifPresent(i -> folders.put(key, i.id()));
        Optional<String> name = image.flatMap(i -> new DeviceSoftware(i, null).file(path.substring(slash + 1)));
        return name.isEmpty() ? Answer.status(404) : imageFile(images, image.get().id(), name.get(), conditions);
    }

    /** An image file from the software repository, by the path the master configuration gave ({@code software/<id>/<file>}). */
    private Answer software(String path, DeviceCall conditions) {
        java.util.regex.Matcher m = SOFTWARE_PATH.matcher(path);
        org.dialtone.api.software.SoftwareImageService images = software.get();
        if (!m.matches() || images == null) {
            return Answer.status(404);
        }
        return imageFile(images, Long.parseLong(m.group(1)), m.group(2), conditions);
    }

    private static Answer imageFile(org.dialtone.api.software.SoftwareImageService images, long imageId, String name, DeviceCall conditions) {
        return images.deviceFile(imageId, name).map(file -> file(file, "application/octet-stream", conditions)).orElse(Answer.status(404));
    }

    /** A generated file with a strong ETag of its content: an unchanged file answers a conditional request with 304. */
    private static Answer rendered(RenderedFiles.Rendered file, DeviceCall conditions) {
        if (conditions != null && file.etag().equals(conditions.ifNoneMatch())) {
            return Answer.status(304).with("ETag", file.etag());
        }
        return Answer.bytes(file.body(), file.xml() ? XML : "text/plain; charset=utf-8").with("ETag", file.etag()).with("Cache-Control", "no-cache");
    }

    /** A stored file with its Last-Modified time: If-Modified-Since answers 304 while it is unchanged. */
    private static Answer file(java.nio.file.Path path, String type, DeviceCall conditions) {
        long modified;
        try {
            // HTTP dates have whole seconds.
            modified = java.nio.file.Files.getLastModifiedTime(path).toMillis() / 1000 * 1000;
        } catch (java.io.IOException e) {
            return Answer.status(404);
        }
        String lastModified = java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME.format(
                java.time.Instant.ofEpochMilli(modified).atZone(java.time.ZoneOffset.UTC));
        if (conditions != null && conditions.ifNoneMatch() == null && conditions.ifModifiedSince() >= modified) {
            return Answer.status(304).with("Last-Modified", lastModified);
        }
        return Answer.file(path, type).with("Last-Modified", lastModified).with("Cache-Control", "no-cache");
    }

    /** The device's address: the connection's, or from X-Forwarded-For when the connection is a trusted proxy. */
    private String clientAddress(DeviceCall call) {
        return TrustedProxies.client(call.remoteAddress(), call.header("x-forwarded-for"), trustedProxies.get());
    }

    private static DeviceContact contact(DeviceDriver driver, RecognizedDevice device, String remoteAddress, boolean provisioning) {
        String mac = device.identity().kind() == DeviceIdentity.Kind.MAC ? device.identity().value() : null;
        String serial = device.identity().kind() == DeviceIdentity.Kind.SERIAL ? device.identity().value() : null;
        boolean bySerial = driver.identifiedBy() == DeviceIdentity.Kind.SERIAL;
        DeviceType type = driver.models().stream().filter(m -> m.token().equalsIgnoreCase(device.model())).findFirst()
                .map(m -> new DeviceType(driver.family(), m.deviceType(), bySerial)).orElse(null);
        String firmware = device.stage() == BootStage.APPLICATION ? device.firmwareVersion() : null;
        return new DeviceContact(mac, serial, type, device.model(), firmware, remoteAddress, provisioning);
    }


    private static Answer done(String path, Answer response, long started, String detail) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("/prov/{} -> {} in {} us ({})", path, response.status(), (System.nanoTime() - started) / 1000, detail);
        }
        return response;
    }
}
