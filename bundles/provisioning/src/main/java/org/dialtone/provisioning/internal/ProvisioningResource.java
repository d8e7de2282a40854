package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.io.InputStream;
import org.dialtone.files.DeviceFileStore;
import org.dialtone.files.ResourceContent;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceContact;
import org.dialtone.api.provisioning.DeviceAccounts;
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
    private static final java.util.Set<FileKind> UPLOADS = java.util.EnumSet.of(FileKind.LOG, FileKind.OVERRIDE, FileKind.CONTACTS,
            FileKind.CALL_LIST, FileKind.CORE_DUMP);
    private static final java.util.Set<FileKind> STORED = java.util.EnumSet.of(FileKind.OVERRIDE, FileKind.CONTACTS, FileKind.LICENSE,
            FileKind.RESOURCE, FileKind.USER_PROFILE, FileKind.CERTIFICATE, FileKind.FEATURE_LICENSE);

    static final int MAX_POST_BYTES = 64 * 1024;

    private final Supplier<DeviceService> devices;
    private final Supplier<DeploymentService> deployment;
    private final org.dialtone.drivers.DriverRegistry drivers;
    private final DeviceFileStore files;
    private final Supplier<List<String>> trustedProxies;
    private final Supplier<ResourceContent> resources;
    private final SoftwareDownloads downloads;
    private final ConfigurationAnswers configurations;
    private final LogThrottle foreignUploads = new LogThrottle(java.time.Duration.ofMinutes(10));
    private final LogThrottle sharedRefusals = new LogThrottle(java.time.Duration.ofMinutes(10));
    private final Supplier<DeviceAccounts> accounts;
    private final LogThrottle missingDriverWarnings = new LogThrottle(java.time.Duration.ofMinutes(10));

    ProvisioningResource(Supplier<DeviceService> devices, Supplier<DeploymentService> deployment, org.dialtone.drivers.DriverRegistry drivers,
                         DeviceFileStore files, Supplier<java.util.Map<String, String>> secrets, Supplier<List<String>> trustedProxies,
                         Supplier<ResourceContent> resources, Supplier<org.dialtone.api.software.SoftwareImageService> software,
                         DownloadPaths downloadPaths, Supplier<DeviceAccounts> accounts, java.util.function.BooleanSupplier issueAccounts) {
        this.resources = resources;
        // While device accounts are off, no phone request looks one up, and the shared account admits every device again.
        this.accounts = () -> issueAccounts.getAsBoolean() ? accounts.get() : null;
        this.downloads = new SoftwareDownloads(software);
        this.configurations = new ConfigurationAnswers(secrets, downloadPaths, downloads, this.accounts);
        this.devices = devices;
        this.deployment = deployment;
        this.drivers = drivers;
        this.files = files;
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
            Optional<Answer> refused = refusedFor(call, device, path);
            if (refused.isPresent()) {
                return done(path, refused.get(), started, "signed in as another");
            }
            Optional<ProvisioningFile> file = driver.classify(device, path);
            if (file.isEmpty() || device.identity() == null || !UPLOADS.contains(file.get().kind())) {
                return done(path, Answer.status(405).with("Allow", "GET"), started, "not an upload");
            }
            DeviceService inventory = devices.get();
            if (inventory == null) {
                return Answer.retryLater(30);
            }
            String address = clientAddress(call);
            Optional<String> lastSeen = lastSeenElsewhere(inventory, device.identity(), address);
            if (lastSeen.isPresent()) {
                if (foreignUploads.shouldLog(device.identity().value())) {
                    LOG.warn("Upload {} refused: device {} was last seen at {} and this came from {}; with the one shared account any"
                            + " phone could write another's files, so a device writes its names only from the address it fetched"
                            + " its configuration from (a phone whose address changed does that first)", path, device.identity().value(),
                            lastSeen.get(), address);
                }
                return done(path, Answer.status(403), started, "upload from another address than the device's");
            }
            inventory.recordContact(DeviceContacts.of(driver, device, address, false));
            long declared = declaredLength(call);
            if (declared > files.maxBytes()) {
                // Refused before reading a byte: a slow client cannot hold the thread for the body it announced.
                return done(path, Answer.status(413).with("Connection", "close"), started, "declared " + declared + " bytes");
            }
            try {
                if (file.get().kind() == FileKind.LOG) {
                    files.storeLog(owner(device.identity()), file.get().name(), call.body());
                } else {
                    files.store(owner(device.identity()), file.get().kind(), file.get().name(), call.body());
                }
                return done(path, Answer.status(204), started, driver.family());
            } catch (org.dialtone.store.ContentFiles.TooLargeException e) {
                LOG.warn("Upload {} refused: {}; the previous file is kept", path, e.getMessage());
                return done(path, Answer.status(413), started, e.getMessage());
            } catch (java.io.IOException e) {
                if (brokenOff(e)) {
                    LOG.info("Upload {} broke off before its end; the previous file is kept", path);
                    return done(path, Answer.status(400), started, "body broke off");
                }
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
            Optional<Answer> refused = refusedFor(call, device, path);
            if (refused.isPresent()) {
                return done(path, refused.get(), started, "signed in as another");
            }
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
            Optional<Answer> refused = refusedFor(call, recognition.get().device(), path);
            if (refused.isPresent()) {
                return done(path, refused.get(), started, "signed in as another");
            }
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
        if (SoftwareDownloads.isImagePath(path)) {
            // This server's own image layout needs no driver's word: a family with its own paths (Studio) downloads here
            // too, and so does a device that hands a paired device of another family its image and licence file.
            downloads.imageOfOtherFamily(path, driver.family()).ifPresent(image -> LOG.info("A {} device ({}) fetched {} of the {} image"
                    + " {}: software for a device paired with it (built from the vendor's parameter names, not yet confirmed on"
                    + " hardware)", driver.family(), device.identity() == null ? "unknown" : device.identity().value(), path,
                    String.join("/", image.families()), image.name()));
            return downloads.byPath(path, conditions);
        }
        Optional<ProvisioningFile> file = driver.classify(device, path);
        if (file.isEmpty()) {
            return Answer.status(404);
        }
        DeviceService inventory = devices.get();
        DeploymentService configs = deployment.get();
        if (inventory == null || configs == null) {
            return Answer.retryLater(30);
        }
        ProvisioningFile f = file.get();
        Device known = device.identity() == null ? null
                : inventory.recordContact(DeviceContacts.of(driver, device, remoteAddress,
                f.kind() == FileKind.MASTER_CONFIG || f.kind() == FileKind.DEVICE_CONFIG));
        if (f.kind() == FileKind.MASTER_CONFIG) {
            return configurations.master(driver, device, known, inventory, configs, path, conditions);
        }
        boolean generated = f.kind() == FileKind.DEVICE_CONFIG || f.kind() == FileKind.CONFIG && known != null && known.mac() != null
                && f.name().equalsIgnoreCase(ConfigFiles.generatedName(known.mac()));
        if (generated) {
            return known == null ? Answer.status(404)
                    : configurations.deviceConfiguration(driver, known, inventory, configs, path, conditions, f.kind() == FileKind.DEVICE_CONFIG);
        }
        if (STORED.contains(f.kind())) {
            // Per-device names live with the device; 000000000000-* names are the files for all devices.
            String owner = device.identity() != null ? owner(device.identity()) : DeviceFileStore.ALL_DEVICES;
            Optional<java.nio.file.Path> stored = files.find(owner, f.kind(), f.name());
            if (stored.isPresent()) {
                return HttpAnswers.file(stored.get(), HttpAnswers.XML, conditions);
            }
        }
        if (f.kind() == FileKind.RESOURCE || f.kind() == FileKind.CONFIG) {
            // Files profiles name (CONFIG_FILES, MISC_FILES, ring tones, images) come from the resource files.
            ResourceContent content = resources.get();
            Optional<java.nio.file.Path> resource = content == null ? Optional.empty() : content.path(f.name());
            if (resource.isPresent()) {
                return HttpAnswers.file(resource.get(), "application/octet-stream", conditions);
            }
        }
        if (f.kind() == FileKind.SOFTWARE) {
            return known != null ? downloads.selected(driver, known, configs.effectiveConfig(known.id()), path, conditions)
                    : downloads.inFolder(driver, path, conditions);
        }
        return Answer.status(404);
    }

    /** The device's address: the connection's, or from X-Forwarded-For when the connection is a trusted proxy. */
    private String clientAddress(DeviceCall call) {
        return org.dialtone.api.provisioning.TrustedProxies.client(call.remoteAddress(), call.header("x-forwarded-for"), trustedProxies.get());
    }

    private static Answer done(String path, Answer response, long started, String detail) {
        if (LOG.isDebugEnabled()) {
            LOG.debug("/prov/{} -> {} in {} us ({})", path, response.status(), (System.nanoTime() - started) / 1000, detail);
        }
        return response;
    }

    /**
     * A device signed in as itself (its own account, its certificate) reads and writes its own names only; and once a
     * device has signed in with its own account, the shared account no longer admits it.
     */
    private Optional<Answer> refusedFor(DeviceCall call, RecognizedDevice device, String path) {
        if (device.identity() == null) {
            return Optional.empty();
        }
        String owner = owner(device.identity());
        if (!call.sharedAccount()) {
            return owner.equals(call.signedInAs()) ? Optional.empty() : Optional.of(Answer.status(403));
        }
        DeviceAccounts known = accounts.get();
        Optional<DeviceAccounts.DeviceAccount> own = known == null ? Optional.empty() : known.find(DeviceAccounts.USER_PREFIX + owner);
        if (own.isEmpty() || !own.get().used()) {
            return Optional.empty();
        }
        if (sharedRefusals.shouldLog(owner)) {
            LOG.warn("{} was asked for with the shared provisioning account, but that device signs in with its own; refused. If it was"
                    + " reset to factory settings, reset its provisioning account (DELETE /api/v1/devices/{}/provisioning-account)",
                    own.get().identity().describe(), own.get().deviceId());
        }
        return Optional.of(Answer.status(403));
    }

    /** The address a known device was last seen at, when this request comes from another one. */
    private static Optional<String> lastSeenElsewhere(DeviceService inventory, org.dialtone.driver.spi.DeviceIdentity identity, String address) {
        boolean mac = identity.kind() == org.dialtone.driver.spi.DeviceIdentity.Kind.MAC;
        return inventory.findByIdentity(mac ? identity.value() : null, mac ? null : identity.value())
                .map(Device::publicIp).filter(seen -> address != null && !seen.equals(address));
    }

    private static String owner(org.dialtone.driver.spi.DeviceIdentity identity) {
        return DeviceFileStore.owner(identity.kind() == org.dialtone.driver.spi.DeviceIdentity.Kind.SERIAL, identity.value());
    }

    private static long declaredLength(DeviceCall call) {
        List<String> length = call.header("content-length");
        try {
            return length.isEmpty() ? -1 : Long.parseLong(length.get(0).strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Jetty's sign that the client sent less than it announced, or a broken chunk. */
    private static boolean brokenOff(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String name = t.getClass().getSimpleName();
            if (t instanceof java.io.EOFException || name.equals("EofException") || name.equals("BadMessageException")) {
                return true;
            }
        }
        return false;
    }
}
