package org.dialtone.tasks.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskExecutor;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.api.tasks.TaskType;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.drivers.DriverRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The guide's device controls (Dial Out, Reboot, Reset, Set Parameters): the device's driver says which REST call
 * carries each out on its model and firmware, and the link makes it.
 */
@Component(service = TaskExecutor.class, property = {TaskExecutor.TYPE + "=DIAL", TaskExecutor.TYPE + "=REBOOT",
        TaskExecutor.TYPE + "=RESET", TaskExecutor.TYPE + "=SET_PARAMETERS"})
public class DeviceControlExecutor implements TaskExecutor {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(DeviceControlExecutor.class);
    static final Duration BUSY = Duration.ofSeconds(5);
    /** The guide's Change Device Active Directory Password: a Set Parameters task whose one argument is kept sealed. */
    static final String AD_PASSWORD = "activeDirectoryPassword";
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z][A-Za-z0-9_.\\-\\[\\]]{0,199}");
    private static final Map<String, String> RESET_KINDS = Map.of("web", "web configuration", "local", "local configuration",
            "device", "device settings", "all", "web, local and device settings", "factory", "factory settings");
    private final DriverRegistry drivers;
    private final DeviceLink link;
    private final SecretCipher cipher;
    private static final ObjectMapper JSON = new ObjectMapper();

    @Activate
    public DeviceControlExecutor(@Reference DriverRegistry drivers, @Reference DeviceLink link, @Reference SecretCipher cipher) {
        this.drivers = drivers;
        this.link = link;
        this.cipher = cipher;
    }

    @Override
    public Map<String, String> arguments(TaskType type, Map<String, String> arguments) {
        Map<String, String> checked = new LinkedHashMap<>();
        switch (type) {
            case DIAL -> {
                String destination = arguments.get("destination");
                if (destination == null || !destination.strip().matches("[0-9A-Za-z*#+@._:;=-]{1,128}")) {
                    throw new InvalidInputException("arguments.destination", "is the number or SIP address to call: 1 to 128 of 0-9 A-Z * # + @ . _ : ; = -");
                }
                checked.put("destination", destination.strip());
                String line = arguments.getOrDefault("line", "1").strip();
                if (!line.matches("[1-9][0-9]?")) {
                    throw new InvalidInputException("arguments.line", "must be a line number from 1 to 99");
                }
                checked.put("line", line);
                String dialType = arguments.getOrDefault("type", "SIP").strip().toUpperCase(Locale.ROOT);
                if (!dialType.equals("SIP") && !dialType.equals("TEL")) {
                    throw new InvalidInputException("arguments.type", "must be SIP or TEL (the guide's Dial Type)");
                }
                checked.put("type", dialType);
            }
            case RESET -> {
                String kind = arguments.getOrDefault("kind", "").strip().toLowerCase(Locale.ROOT);
                if (!RESET_KINDS.containsKey(kind)) {
                    throw new InvalidInputException("arguments.kind", "must be web, local, device, all (web, local and device settings) or factory");
                }
                checked.put("kind", kind);
            }
            case SET_PARAMETERS -> {
                if (arguments.containsKey(AD_PASSWORD)) {
                    String password = arguments.get(AD_PASSWORD);
                    if (arguments.size() > 1) {
                        throw new InvalidInputException("arguments." + AD_PASSWORD, "is set by a task of its own: name no other parameter with it");
                    }
                    if (password == null || password.isEmpty() || password.length() > 256 || password.chars().anyMatch(Character::isISOControl)) {
                        throw new InvalidInputException("arguments." + AD_PASSWORD, "must be 1 to 256 characters without control characters");
                    }
                    checked.put(AD_PASSWORD, cipher.seal(password.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    return checked;
                }
                if (arguments.isEmpty() || arguments.size() > 200) {
                    throw new InvalidInputException("arguments", "name 1 to 200 parameters with the values to set");
                }
                for (Map.Entry<String, String> parameter : arguments.entrySet()) {
                    if (!PARAMETER.matcher(parameter.getKey()).matches()) {
                        throw new InvalidInputException("arguments." + parameter.getKey(), "is not a parameter name such as reg.1.displayName");
                    }
                    if (parameter.getValue() == null || parameter.getValue().length() > 4000) {
                        throw new InvalidInputException("arguments." + parameter.getKey(), "needs a value of at most 4000 characters");
                    }
                    checked.put(parameter.getKey(), parameter.getValue());
                }
            }
            case REBOOT -> {
                if (!arguments.isEmpty()) {
                    throw new InvalidInputException("arguments", "a reboot takes none");
                }
            }
            default -> throw new InvalidInputException("type", type + " is not a device control");
        }
        return checked;
    }

    @Override
    public TaskOutcome execute(Task task, Device device) {
        if (device.family() == null || device.model() == null) {
            return TaskOutcome.notApplicable("the device has not contacted Dialtone yet, so its model and firmware are unknown");
        }
        if (device.softwareVersion() == null) {
            return TaskOutcome.notApplicable("the device's firmware is not known until it contacts Dialtone, so neither is whether it has a REST API");
        }
        Optional<DeviceDriver> driver = drivers.byFamily(device.family());
        if (driver.isEmpty()) {
            return TaskOutcome.notApplicable("no installed driver serves the " + device.family() + " family");
        }
        org.dialtone.driver.spi.TaskType action = action(task);
        Map<String, String> arguments = switch (action) {
            case RESET_CONFIGURATION, FACTORY_RESET -> Map.of("kind", task.arguments().get("kind"));
            case AD_PASSWORD -> Map.of("password", new String(cipher.open(task.arguments().get(AD_PASSWORD)), java.nio.charset.StandardCharsets.UTF_8));
            default -> task.arguments();
        };
        Optional<DeviceRequest> request;
        try {
            request = driver.get().taskRequest(device.model(), device.softwareVersion(), action, arguments);
        } catch (IllegalArgumentException e) {
            return TaskOutcome.failure(e.getMessage());
        }
        if (request.isEmpty()) {
            String note = driver.get().capabilities(device.model(), device.softwareVersion()).note();
            return TaskOutcome.notApplicable("the " + device.model() + " at firmware " + device.softwareVersion() + " takes no "
                    + task.typeTitle() + (note == null ? "" : ": " + note));
        }
        try {
            DeviceLink.DeviceAnswer answer = link.call(device, request.get());
            TaskOutcome outcome = answer(answer, request.get());
            if (task.type() == TaskType.RESET) {
                // One-kind configuration resets follow Posh-UCS, not a Polycom document: keep what devices answer.
                LOG.info("Device {} ({}, {} {}) answered {} {} with HTTP {}: {}", device.id(), device.mac(), device.model(), device.softwareVersion(),
                        request.get().method(), request.get().path(), answer.status(), outcome.result());
            }
            return outcome;
        } catch (DeviceLink.ChangedCertificateException e) {
            return TaskOutcome.failure(e.getMessage());
        } catch (IOException e) {
            return TaskOutcome.failure("could not reach the device's REST API: " + e.getMessage());
        }
    }

    private static org.dialtone.driver.spi.TaskType action(Task task) {
        return switch (task.type()) {
            case DIAL -> org.dialtone.driver.spi.TaskType.DIAL;
            case REBOOT -> org.dialtone.driver.spi.TaskType.REBOOT;
            case SET_PARAMETERS -> task.arguments().containsKey(AD_PASSWORD) ? org.dialtone.driver.spi.TaskType.AD_PASSWORD
                    : org.dialtone.driver.spi.TaskType.SET_PARAMETERS;
            case RESET -> "factory".equals(task.arguments().get("kind")) ? org.dialtone.driver.spi.TaskType.FACTORY_RESET
                    : org.dialtone.driver.spi.TaskType.RESET_CONFIGURATION;
            default -> throw new IllegalArgumentException(task.type() + " is not a device control");
        };
    }

    /** The REST API's answer in the guide's words; busy answers (403, 4001) are tried again later. */
    static TaskOutcome answer(DeviceLink.DeviceAnswer answer, DeviceRequest request) {
        switch (answer.status()) {
            case 401 -> {
                return TaskOutcome.failure("the device refused Dialtone's admin password: deploy the management baseline profile to it"
                        + " (it sets the password), or set the device's admin password to Dialtone's");
            }
            case 403 -> {
                return TaskOutcome.busy("the device is busy with another REST request (403)", BUSY);
            }
            case 404 -> {
                return TaskOutcome.notApplicable("the device's REST API has no " + request.path() + "; is it enabled (apps.restapi.enabled=1)?");
            }
            default -> {
            }
        }
        if (answer.status() >= 300) {
            return TaskOutcome.failure("the device answered HTTP " + answer.status());
        }
        String status = apiStatus(answer);
        return switch (status == null ? "" : status) {
            case "2000", "" -> TaskOutcome.success(null);
            case "4001" -> TaskOutcome.busy("the device is busy (4001)", BUSY);
            case "4002" -> TaskOutcome.failure("the line is not registered (4002)");
            case "4003" -> TaskOutcome.failure("the device does not allow this operation now (4003)");
            case "4004" -> TaskOutcome.notApplicable("the device does not support this operation (4004)");
            case "4005" -> TaskOutcome.failure("the line does not exist on the device (4005)");
            case "4010" -> TaskOutcome.failure("the device still has its default admin password, which its REST API refuses (4010):"
                    + " deploy the management baseline profile to it");
            default -> TaskOutcome.failure("the device answered Status " + status);
        };
    }

    private static String apiStatus(DeviceLink.DeviceAnswer answer) {
        if (answer.body().length == 0 || answer.contentType() == null || !answer.contentType().contains("json")) {
            return null;
        }
        try {
            JsonNode status = JSON.readTree(answer.body()).get("Status");
            return status == null ? null : status.asText();
        } catch (IOException e) {
            return null;
        }
    }
}
