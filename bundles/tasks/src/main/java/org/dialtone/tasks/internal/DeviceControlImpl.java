package org.dialtone.tasks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialtone.api.ConflictException;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.tasks.DeviceControl;
import org.dialtone.api.tasks.SubTaskResult;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.drivers.DriverRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Reads a device's parameters at once through its driver's REST call and the link, as the guide's Get tab does. */
@Component(service = DeviceControl.class)
public class DeviceControlImpl implements DeviceControl {
    static final int MAX_NAMES = 20;
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-\\[\\]]{0,199}");
    private final DeviceService devices;
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeviceControlImpl.class);
    private final DeviceCalls calls;
    private final org.dialtone.api.files.DeviceFileService files;
    private final ObjectMapper json = new ObjectMapper();
    private static final java.time.format.DateTimeFormatter STAMP = java.time.format.DateTimeFormatter.ofPattern("yyyy.MM.dd_HHmmss")
            .withZone(java.time.ZoneOffset.UTC);

    @Activate
    public DeviceControlImpl(@Reference DeviceService devices, @Reference DriverRegistry drivers, @Reference DeviceLink link,
                             @Reference org.dialtone.api.files.DeviceFileService files) {
        this.files = files;
        this.devices = devices;
        this.calls = new DeviceCalls(drivers, link);
    }

    @Override
    public Map<String, ParameterValue> parameters(long deviceId, List<String> names) {
        if (names == null || names.isEmpty() || names.size() > MAX_NAMES) {
            throw new InvalidInputException("names", "name 1 to " + MAX_NAMES + " parameters to read, comma separated");
        }
        Map<String, String> keys = new LinkedHashMap<>();
        for (String name : names) {
            if (!PARAMETER.matcher(name.strip()).matches()) {
                throw new InvalidInputException("names", "'" + name + "' is not a parameter name such as reg.1.displayName");
            }
            keys.put(name.strip(), "");
        }
        Device device = devices.get(deviceId);
        Optional<DeviceRequest> request = calls.contactedDriver(device, "whether it has a REST API").taskRequest(device.model(), device.softwareVersion(),
                org.dialtone.driver.spi.TaskType.GET_PARAMETERS, keys);
        if (request.isEmpty()) {
            throw new ConflictException("The " + device.model() + " at firmware " + device.softwareVersion() + " has no REST API to read parameters from");
        }
        DeviceLink.DeviceAnswer answer = calls.answer(device, request.get());
        TaskOutcome outcome = DeviceControlExecutor.answer(answer, request.get());
        if (outcome.result() != SubTaskResult.SUCCESS) {
            throw new ConflictException("The device did not answer with its parameters: " + outcome.reason() + "; try again");
        }
        Map<String, ParameterValue> values = new LinkedHashMap<>();
        try {
            JsonNode data = json.readTree(answer.body()).path("data");
            data.fields().forEachRemaining(field -> values.put(field.getKey(), new ParameterValue(field.getValue().path("Value").asText(null),
                    field.getValue().path("Source").asText(null))));
        } catch (IOException e) {
            throw new ConflictException("The device's answer was not the REST API's JSON: " + e.getMessage());
        }
        return values;
    }

    @Override
    public org.dialtone.api.files.DeviceFile captureScreen(long deviceId, String actor) {
        Device device = devices.get(deviceId);
        DeviceDriver driver = calls.contactedDriver(device, "whether it can capture its screen");
        Optional<DeviceRequest> capture = driver.taskRequest(device.model(), device.softwareVersion(), org.dialtone.driver.spi.TaskType.SCREEN_CAPTURE, Map.of());
        if (capture.isEmpty()) {
            throw new ConflictException("The " + device.model() + " at firmware " + device.softwareVersion() + " cannot capture its screen remotely");
        }
        Map<String, String> enable = driver.screenCaptureParameters(device.model(), device.softwareVersion());
        if (!enable.isEmpty()) {
            Optional<DeviceRequest> set = driver.taskRequest(device.model(), device.softwareVersion(), org.dialtone.driver.spi.TaskType.SET_PARAMETERS, enable);
            if (set.isPresent()) {
                TaskOutcome enabled = calls.call(device, set.get());
                if (enabled.result() != SubTaskResult.SUCCESS) {
                    throw new ConflictException("Screen capture could not be enabled on the device: " + enabled.reason());
                }
            }
        }
        DeviceLink.DeviceAnswer image = calls.answer(device, capture.get());
        if (image.status() == 403 || image.status() == 404) {
            throw new ConflictException("The device does not capture its screen (HTTP " + image.status() + "): before UC Software 5.7 the user"
                    + " enables Screen Capture on the phone (Settings > Basic > Preferences), again after every reboot");
        }
        if (image.status() >= 300 || image.body().length == 0) {
            throw new ConflictException("The device answered the screen capture with HTTP " + image.status());
        }
        byte[] png = png(image.body());
        String name = device.mac() + "_screen_" + STAMP.format(java.time.Instant.now()) + ".png";
        org.dialtone.api.files.DeviceFile stored = files.upload(device.mac(), "logs", name, new java.io.ByteArrayInputStream(png));
        LOG.info("Screen of device {} ({}) captured by {} as {}", deviceId, device.mac(), actor, name);
        return stored;
    }

    @Override
    public org.dialtone.api.files.DeviceFile configuration(long deviceId, String kind, String actor) {
        String chosen = kind == null ? "" : kind.strip().toLowerCase(java.util.Locale.ROOT);
        if (!CONFIGURATION_KINDS.contains(chosen)) {
            throw new InvalidInputException("kind", "must be config-files, local, web, device (device settings) or all (all but device settings)");
        }
        Device device = devices.get(deviceId);
        DeviceDriver driver = calls.contactedDriver(device, "which configurations it can send");
        Optional<DeviceRequest> request;
        try {
            request = driver.taskRequest(device.model(), device.softwareVersion(), org.dialtone.driver.spi.TaskType.GET_CONFIGURATION,
                    Map.of("kind", chosen));
        } catch (IllegalArgumentException e) {
            throw new ConflictException("The device's driver cannot ask for this configuration: " + e.getMessage());
        }
        if (request.isEmpty()) {
            throw new ConflictException("The " + device.model() + " at firmware " + device.softwareVersion() + " cannot send its configuration remotely");
        }
        DeviceLink.DeviceAnswer answer = calls.answer(device, request.get());
        // Which export source holds which kind follows Posh-UCS, not a Polycom document: keep what devices answer.
        LOG.info("Device {} ({}, {} {}) answered {} {} with HTTP {}, {} bytes of {}", deviceId,
                device.mac(), device.model(), device.softwareVersion(), request.get().method(), request.get().path(), answer.status(),
                answer.body().length, answer.contentType());
        boolean json = answer.contentType() != null && answer.contentType().contains("json");
        if (json || answer.status() >= 300) {
            TaskOutcome outcome = DeviceControlExecutor.answer(answer, request.get());
            if (outcome.result() != SubTaskResult.SUCCESS) {
                throw new ConflictException("The device did not send its configuration: " + outcome.reason());
            }
        }
        if (answer.body().length == 0) {
            throw new ConflictException("The device answered with an empty configuration; try again");
        }
        byte[] content = answer.body();
        if (json) {
            try {
                content = this.json.writerWithDefaultPrettyPrinter().writeValueAsBytes(this.json.readTree(answer.body()).path("data"));
            } catch (IOException e) {
                throw new ConflictException("The device's answer was not the REST API's JSON: " + e.getMessage());
            }
        }
        String name = device.mac() + "_configuration-" + chosen + "_" + STAMP.format(java.time.Instant.now()) + (json ? ".json" : ".cfg");
        org.dialtone.api.files.DeviceFile stored = files.upload(device.mac(), "logs", name, new java.io.ByteArrayInputStream(content));
        LOG.info("Configuration ({}) of device {} read by {} as {}", chosen, deviceId, actor, name);
        return stored;
    }

    /** The device's image (BMP from UC Software) as PNG; one the JDK cannot read is refused rather than kept as it is. */
    static byte[] png(byte[] image) {
        try {
            java.awt.image.BufferedImage read = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(image));
            if (read == null) {
                throw new ConflictException("The device's screen capture is not an image Dialtone can read (" + image.length + " bytes)");
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(read, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new ConflictException("The device's screen capture could not be read: " + e.getMessage());
        }
    }
}
