package org.dialtone.tasks.internal;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.files.DeviceFileService;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.provisioning.ProvisioningSettings;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.api.tasks.DeviceControl;
import org.dialtone.api.tasks.NewPacketCapture;
import org.dialtone.api.tasks.PacketCapture;
import org.dialtone.api.tasks.PacketCaptures;
import org.dialtone.api.tasks.SubTaskResult;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.driver.spi.TaskType;
import org.dialtone.drivers.DriverRegistry;
import org.dialtone.store.PacketCaptureRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The guide's network packet capture: the device's driver says which calls start a capture, make the device send it
 * and end it; the device sends the file to {@link #ADDRESS}{@code /<token>}, a one-capture address whose token is
 * the only credential (kept sealed); the file is kept among the device's logs as {@code <mac>_<start>.pcap.tar.gz}.
 * On every node a sweeper ends the captures whose time ran out (one node wins each) and fails those whose device
 * never sent its file.
 */
@Component(service = PacketCaptures.class)
public class PacketCaptureService implements PacketCaptures {
    static final String ADDRESS = "/device-captures";
    static final Duration UNSENT = Duration.ofMinutes(10);
    private static final Logger LOG = LoggerFactory.getLogger(PacketCaptureService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy.MM.dd_HHmmss").withZone(ZoneOffset.UTC);
    private final DeviceService devices;
    private final DeviceCalls calls;
    private final DeviceControl control;
    private final PacketCaptureRepository captures;
    private final SecretCipher cipher;
    private final DeviceFileService files;
    private final ProvisioningSettingsService settings;
    private final org.osgi.service.http.HttpService http;
    private final Clock clock = Clock.systemUTC();
    private ScheduledExecutorService sweeper;

    @Activate
    public PacketCaptureService(@Reference DeviceService devices, @Reference DriverRegistry drivers, @Reference DeviceLink link,
                                @Reference DeviceControl control, @Reference PacketCaptureRepository captures, @Reference SecretCipher cipher, @Reference DeviceFileService files,
                                @Reference ProvisioningSettingsService settings, @Reference org.osgi.service.http.HttpService http) {
        this.devices = devices;
        this.calls = new DeviceCalls(drivers, link);
        this.control = control;
        this.captures = captures;
        this.cipher = cipher;
        this.files = files;
        this.settings = settings;
        this.http = http;
    }

    @Activate
    void start() throws javax.servlet.ServletException, org.osgi.service.http.NamespaceException {
        http.registerServlet(ADDRESS, new PacketCaptureReceiver(this), null, null);
        sweeper = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dialtone-packet-captures");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(this::sweep, 5, 5, TimeUnit.SECONDS);
    }

    @Deactivate
    void stop() {
        sweeper.shutdownNow();
        http.unregister(ADDRESS);
    }

    @Override
    public PacketCapture start(long deviceId, NewPacketCapture capture, String actor) {
        String filter = capture.filter() == null ? "" : capture.filter().strip();
        if (filter.length() > 256 || filter.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("filter", "must be a Wireshark capture filter of at most 256 characters, such as 'udp port 5060'");
        }
        int size = capture.sizeMb() == null ? 10 : capture.sizeMb();
        if (size < 1 || size > 10) {
            throw new InvalidInputException("sizeMb", "must be from 1 to 10 (MB): the capture stops at that size");
        }
        int minutes = capture.minutes() == null ? 60 : capture.minutes();
        if (minutes < 1 || minutes > 2880) {
            throw new InvalidInputException("minutes", "must be from 1 to 2880: the capture stops after that time");
        }
        Device device = devices.get(deviceId);
        DeviceDriver driver = driver(device);
        requireCaptureEnabled(device);
        String token = org.dialtone.api.security.Tokens.newToken();
        Instant now = clock.instant();
        PacketCapture created = captures.create(deviceId, filter, size, minutes, now, actor, hash(token),
                cipher.seal(token.getBytes(StandardCharsets.UTF_8))).orElseThrow(() ->
                new ConflictException("A capture is under way on the device: stop or cancel it first"));
        Map<String, String> arguments = new LinkedHashMap<>();
        arguments.put("action", "start");
        arguments.put("filter", filter);
        arguments.put("sizeMb", Integer.toString(size));
        arguments.put("minutes", Integer.toString(minutes));
        arguments.put("uploadUrl", uploadUrl(token));
        TaskOutcome started = call(device, driver, arguments);
        if (started.result() != SubTaskResult.SUCCESS) {
            captures.move(created.id(), PacketCapture.State.CAPTURING, PacketCapture.State.FAILED, "the device did not start: " + started.reason(), now);
            throw new ConflictException("The device did not start the capture: " + started.reason());
        }
        LOG.info("Packet capture {} started on device {} ({}) by {}: filter '{}', {} MB, {} minutes", created.id(), deviceId, device.mac(), actor,
                filter, size, minutes);
        return created;
    }

    @Override
    public PacketCapture stop(long deviceId, String actor) {
        PacketCaptureRepository.Held held = captures.active(deviceId).orElseThrow(() -> new ConflictException("No capture is under way on the device"));
        if (held.capture().state() != PacketCapture.State.CAPTURING) {
            throw new ConflictException("The device was told to send its capture already; wait for the file, or cancel");
        }
        askForFile(held, actor);
        return latest(deviceId);
    }

    @Override
    public PacketCapture cancel(long deviceId, String actor) {
        PacketCaptureRepository.Held held = captures.active(deviceId).orElseThrow(() -> new ConflictException("No capture is under way on the device"));
        if (!captures.move(held.capture().id(), held.capture().state(), PacketCapture.State.CANCELLED, "cancelled by " + actor, clock.instant())) {
            throw new ConflictException("The capture changed meanwhile; look at it again");
        }
        end(devices.get(deviceId));
        LOG.info("Packet capture {} on device {} cancelled by {}", held.capture().id(), deviceId, actor);
        return latest(deviceId);
    }

    @Override
    public List<PacketCapture> recent(long deviceId) {
        devices.get(deviceId);
        return captures.recent(deviceId, 20);
    }

    /** The device sent its capture to {@code token}'s address: kept unless the capture was cancelled meanwhile. */
    Received receive(String token, InputStream content) {
        Optional<PacketCaptureRepository.Held> found = captures.byToken(hash(token));
        if (found.isEmpty()) {
            return Received.UNKNOWN;
        }
        PacketCapture capture = found.get().capture();
        Device device = devices.get(capture.deviceId());
        String name = device.mac() + "_" + STAMP.format(capture.startedAt()) + ".pcap.tar.gz";
        files.upload(device.mac(), "logs", name, content);
        if (!captures.received(capture.id(), name, clock.instant())) {
            files.delete(device.mac(), "logs", name);
            return Received.UNKNOWN;
        }
        LOG.info("Packet capture {} of device {} received as {}", capture.id(), device.id(), name);
        end(device);
        return Received.KEPT;
    }

    enum Received { KEPT, UNKNOWN }

    void sweep() {
        try {
            Instant now = clock.instant();
            for (PacketCaptureRepository.Held held : captures.ended(now, 50)) {
                askForFile(held, "its time");
            }
            int unsent = captures.failUnsent(now.minus(UNSENT), "the device did not send its capture within " + UNSENT.toMinutes()
                    + " minutes of being told to; is its upload address reachable from the device?", now);
            if (unsent > 0) {
                LOG.warn("{} devices did not send their packet capture after they were told to", unsent);
            }
        } catch (RuntimeException e) {
            LOG.warn("Packet captures could not be looked at: {}", e.toString());
        }
    }

    private void askForFile(PacketCaptureRepository.Held held, String by) {
        Instant now = clock.instant();
        if (!captures.move(held.capture().id(), PacketCapture.State.CAPTURING, PacketCapture.State.UPLOADING, "stopped by " + by, now)) {
            return;
        }
        Device device = devices.get(held.capture().deviceId());
        String token = new String(cipher.open(held.sealedToken()), StandardCharsets.UTF_8);
        TaskOutcome asked;
        try {
            asked = call(device, driver(device), Map.of("action", "upload", "uploadUrl", uploadUrl(token)));
        } catch (RuntimeException e) {
            asked = TaskOutcome.failure(e.getMessage());
        }
        // Which call makes a device send a background capture is UNVERIFIED (DEVICES-MANAGEMENT.md 4.1): keep its answer.
        LOG.info("Device {} ({}, {} {}) told to send packet capture {}: {} {}", device.id(), device.mac(), device.model(), device.softwareVersion(),
                held.capture().id(), asked.result(), asked.reason() == null ? "" : asked.reason());
        if (asked.result() != SubTaskResult.SUCCESS) {
            captures.move(held.capture().id(), PacketCapture.State.UPLOADING, PacketCapture.State.FAILED,
                    "the device was not told to send its capture: " + asked.reason(), clock.instant());
        }
    }

    private void end(Device device) {
        try {
            TaskOutcome ended = call(device, driver(device), Map.of("action", "end"));
            if (ended.result() != SubTaskResult.SUCCESS) {
                LOG.warn("Device {} ({}) did not switch its packet capture off: {}", device.id(), device.mac(), ended.reason());
            }
        } catch (RuntimeException e) {
            LOG.warn("Device {} ({}) could not be told to switch its packet capture off: {}", device.id(), device.mac(), e.getMessage());
        }
    }

    /** The guide: the device must have {@code diags.pcap.enabled} set to 1 (it may restart) before a capture starts. */
    private void requireCaptureEnabled(Device device) {
        DeviceControl.ParameterValue enabled = control.parameters(device.id(), List.of("diags.pcap.enabled")).get("diags.pcap.enabled");
        if (enabled == null || !"1".equals(enabled.value())) {
            throw new ConflictException("Packet capture is switched off on the device: set diags.pcap.enabled to 1 first (in a configuration"
                    + " profile, or with Set Parameters; the device may restart), then start the capture");
        }
    }

    private DeviceDriver driver(Device device) {
        DeviceDriver driver = calls.contactedDriver(device, "whether it captures packets");
        if (!driver.capabilities(device.model(), device.softwareVersion()).tasks().contains(TaskType.PACKET_CAPTURE)) {
            throw new ConflictException("The " + device.model() + " at firmware " + device.softwareVersion() + " does not capture packets remotely");
        }
        return driver;
    }

    private TaskOutcome call(Device device, DeviceDriver driver, Map<String, String> arguments) {
        Optional<DeviceRequest> request;
        try {
            request = driver.taskRequest(device.model(), device.softwareVersion(), TaskType.PACKET_CAPTURE, arguments);
        } catch (IllegalArgumentException e) {
            return TaskOutcome.failure(e.getMessage());
        }
        if (request.isEmpty()) {
            return TaskOutcome.notApplicable("the device does not capture packets remotely");
        }
        return calls.call(device, request.get());
    }

    /** Where the device sends its file: Dialtone's provisioning address, as devices reach it. */
    private String uploadUrl(String token) {
        return ProvisioningSettings.serverAddress(settings.get().provisioningAddress()) + ADDRESS + "/" + token;
    }

    private PacketCapture latest(long deviceId) {
        return captures.recent(deviceId, 1).get(0);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
