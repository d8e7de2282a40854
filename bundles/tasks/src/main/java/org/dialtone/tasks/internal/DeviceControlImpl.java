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
import org.dialtone.api.UnavailableException;
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
    private final DriverRegistry drivers;
    private final DeviceLink link;
    private final DeviceControlExecutor answers;
    private final ObjectMapper json = new ObjectMapper();

    @Activate
    public DeviceControlImpl(@Reference DeviceService devices, @Reference DriverRegistry drivers, @Reference DeviceLink link) {
        this.devices = devices;
        this.drivers = drivers;
        this.link = link;
        this.answers = new DeviceControlExecutor(drivers, link);
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
        if (device.family() == null || device.softwareVersion() == null) {
            throw new ConflictException("The device has not contacted Dialtone yet, so whether it has a REST API is not known");
        }
        Optional<DeviceDriver> driver = drivers.byFamily(device.family());
        Optional<DeviceRequest> request = driver.flatMap(d -> d.taskRequest(device.model(), device.softwareVersion(),
                org.dialtone.driver.spi.TaskType.GET_PARAMETERS, keys));
        if (request.isEmpty()) {
            throw new ConflictException("The " + device.model() + " at firmware " + device.softwareVersion() + " has no REST API to read parameters from");
        }
        DeviceLink.DeviceAnswer answer;
        try {
            answer = link.call(device, request.get());
        } catch (IOException e) {
            throw new UnavailableException("Could not reach the device's REST API: " + e.getMessage());
        }
        TaskOutcome outcome = answers.answer(answer, request.get());
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
}
