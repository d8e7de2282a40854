package org.dialtone.tasks.internal;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskExecutor;
import org.dialtone.api.tasks.TaskOutcome;
import org.dialtone.api.tasks.TaskType;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.drivers.DriverRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Apply Device Provisioning Changes: tells each device to re-read its configuration now, by SIP NOTIFY check-sync
 * where its driver says it takes one, else by a REST safe restart; a device that takes neither (a Studio) applies
 * the change at its next poll (Not Applicable, as the guide has it).
 */
@Component(service = TaskExecutor.class, property = TaskExecutor.TYPE + "=APPLY_CHANGES", configurationPid = "org.dialtone.tasks")
public class ApplyChangesExecutor implements TaskExecutor {
    private static final Logger LOG = LoggerFactory.getLogger(ApplyChangesExecutor.class);
    private static final int SENDS = 3;
    private static final int WAIT_MILLIS = 2000;
    private final DriverRegistry drivers;
    private final DeviceLink link;
    private volatile TasksConfig config;

    @Activate
    public ApplyChangesExecutor(@Reference DriverRegistry drivers, @Reference DeviceLink link, TasksConfig config) {
        this.drivers = drivers;
        this.link = link;
        this.config = config;
    }

    @Modified
    void modified(TasksConfig changed) {
        config = changed;
    }

    @Override
    public Map<String, String> arguments(TaskType type, Map<String, String> arguments) {
        return Map.of("change", arguments.getOrDefault("change", "changes to be applied"));
    }

    @Override
    public TaskOutcome execute(Task task, Device device) {
        if (device.family() == null || device.softwareVersion() == null) {
            return TaskOutcome.notApplicable("the device has not contacted Dialtone yet: it takes the change when it first does");
        }
        Optional<DeviceDriver> driver = drivers.byFamily(device.family());
        if (driver.isEmpty()) {
            return TaskOutcome.notApplicable("no installed driver serves the " + device.family() + " family; it takes the change at its next poll");
        }
        String address = device.privateIp() != null ? device.privateIp() : device.publicIp();
        if (driver.get().takesCheckSync(device.model(), device.softwareVersion())) {
            if (address == null) {
                return TaskOutcome.failure("no address is known for the device yet; it takes the change at its next poll");
            }
            return checkSync(device, address);
        }
        Optional<DeviceRequest> restart = driver.get().taskRequest(device.model(), device.softwareVersion(),
                org.dialtone.driver.spi.TaskType.RESTART, Map.of());
        if (restart.isEmpty()) {
            return TaskOutcome.notApplicable("the " + device.model() + " takes no check-sync and no remote restart: it applies the change at its next poll");
        }
        try {
            return DeviceControlExecutor.answer(link.call(device, restart.get()), restart.get());
        } catch (IOException e) {
            return TaskOutcome.failure("could not reach the device's REST API: " + e.getMessage());
        }
    }

    private TaskOutcome checkSync(Device device, String address) {
        String target = config.deviceSip().replace("{address}", address.contains(":") ? "[" + address + "]" : address);
        int colon = target.lastIndexOf(':');
        InetSocketAddress destination;
        try {
            destination = new InetSocketAddress(target.substring(0, colon).replace("[", "").replace("]", ""),
                    Integer.parseInt(target.substring(colon + 1)));
        } catch (RuntimeException e) {
            return TaskOutcome.failure("deviceSip in etc/org.dialtone.tasks.cfg gives no host:port for the device (" + target + ")");
        }
        String token = UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (DatagramSocket socket = new DatagramSocket()) {
            socket.connect(destination);
            socket.setSoTimeout(WAIT_MILLIS);
            byte[] message = CheckSync.notify(target, socket.getLocalAddress().getHostAddress(), socket.getLocalPort(), device.mac(), token);
            byte[] answer = new byte[4096];
            for (int send = 1; send <= SENDS; send++) {
                socket.send(new DatagramPacket(message, message.length));
                try {
                    DatagramPacket response = new DatagramPacket(answer, answer.length);
                    socket.receive(response);
                    String[] status = CheckSync.status(answer, response.getLength());
                    if (status == null) {
                        continue;
                    }
                    int code = Integer.parseInt(status[0]);
                    LOG.info("Device {} ({}) answered check-sync with {} {}", device.id(), device.mac(), code, status[1]);
                    if (code >= 200 && code < 300) {
                        return TaskOutcome.success("check-sync acknowledged (" + code + " " + status[1] + "); the device fetches its new configuration");
                    }
                    if (code >= 300) {
                        return TaskOutcome.failure("the device answered check-sync with " + code + " " + status[1]
                                + " (does voIpProt.SIP.requestValidation require it to come from the registrar?)");
                    }
                } catch (SocketTimeoutException e) {
                    LOG.debug("No answer from {} to check-sync, send {}", target, send);
                }
            }
            return TaskOutcome.failure("no answer from " + target + " to check-sync after " + SENDS + " tries; it takes the change at its next poll");
        } catch (IOException e) {
            return TaskOutcome.failure("could not send check-sync to " + target + ": " + e.getMessage());
        }
    }
}
