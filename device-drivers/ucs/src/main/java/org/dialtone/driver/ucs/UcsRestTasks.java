package org.dialtone.driver.ucs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.driver.spi.TaskType;

/** The UC Software REST API calls that carry out scheduled tasks (DEVICES.md 2.2). */
public final class UcsRestTasks {
    /** The REST API reads at most 20 parameters per call. */
    public static final int MAX_PARAMETERS = 20;

    private UcsRestTasks() {
    }

    public static DeviceRequest request(TaskType task, Map<String, String> arguments) {
        Map<String, String> args = arguments == null ? Map.of() : arguments;
        return switch (task) {
            case DIAL -> dial(args);
            case REBOOT -> new DeviceRequest("POST", "/api/v1/mgmt/safeReboot", null);
            case RESTART -> new DeviceRequest("POST", "/api/v1/mgmt/safeRestart", null);
            case FACTORY_RESET -> new DeviceRequest("POST", "/api/v1/mgmt/factoryReset", null);
            case RESET_CONFIGURATION -> configReset(args.getOrDefault("kind", "all"));
            case GET_PARAMETERS -> {
                if (args.isEmpty() || args.size() > MAX_PARAMETERS) {
                    throw new IllegalArgumentException("name 1 to " + MAX_PARAMETERS + " parameters to read");
                }
                yield new DeviceRequest("POST", "/api/v1/mgmt/config/get", Map.of("data", List.copyOf(args.keySet())));
            }
            case SET_PARAMETERS -> {
                if (args.isEmpty()) {
                    throw new IllegalArgumentException("name at least one parameter and its value to set");
                }
                yield new DeviceRequest("POST", "/api/v1/mgmt/config/set", Map.of("data", new LinkedHashMap<>(args)));
            }
            case SCREEN_CAPTURE -> new DeviceRequest("GET", "/captureScreen/mainScreen", null);
            case PACKET_CAPTURE -> packetCapture(args);
            case GET_CONFIGURATION -> configuration(args.getOrDefault("kind", "all"));
            case AD_PASSWORD -> activeDirectoryPassword(args.get("password"));
        };
    }

    /**
     * A background capture (DEVICES-MANAGEMENT.md 4.1, UNVERIFIED as a whole): {@code start} sets the capture
     * parameters (the filter as the first of the filter list, the buffer in KB, the upload address, unencrypted),
     * {@code upload} asks the device to send what it captured, {@code end} switches the capture off.
     */
    private static DeviceRequest packetCapture(Map<String, String> args) {
        String action = args.getOrDefault("action", "");
        Map<String, String> data = new LinkedHashMap<>();
        switch (action) {
            case "start" -> {
                String filter = args.get("filter");
                if (filter != null && !filter.isBlank()) {
                    data.put("diags.pcap.filter.1", filter);
                }
                data.put("diags.pcap.background.filter", "1");
                data.put("diags.pcap.background.bufferSize", Integer.toString(Integer.parseInt(args.getOrDefault("sizeMb", "1")) * 1024));
                data.put("diags.pcap.background.uploadURL", args.getOrDefault("uploadUrl", ""));
                data.put("diags.pcap.background.encryption.enabled", "0");
                data.put("diags.pcap.background.enabled", "1");
            }
            case "upload" -> {
                return new DeviceRequest("POST", "/api/v1/mgmt/network/uploadBgCapture", Map.of("data", Map.of("url", args.getOrDefault("uploadUrl", ""))));
            }
            case "end" -> {
                data.put("diags.pcap.background.enabled", "0");
                data.put("diags.pcap.background.uploadURL", "");
            }
            default -> throw new IllegalArgumentException("action must be start, upload or end");
        }
        return new DeviceRequest("POST", "/api/v1/mgmt/config/set", Map.of("data", data));
    }

    /**
     * The Active Directory password is the device's login credentials ({@code device.logincred.*}, which Skype for
     * Business and Exchange sign-in use); that PDMS-E sets these parameters is UNVERIFIED.
     */
    private static DeviceRequest activeDirectoryPassword(String password) {
        if (password == null || password.isEmpty() || password.length() > 256) {
            throw new IllegalArgumentException("password must be 1 to 256 characters");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("device.logincred.password.set", "1");
        data.put("device.logincred.password", password);
        return new DeviceRequest("POST", "/api/v1/mgmt/config/set", Map.of("data", data));
    }

    /**
     * Device settings are the REST API's running configuration (as a Trio 8800 at 7.2 answers it); the other kinds are
     * the web interface's Export Configuration, whose source numbers follow Posh-UCS (UNVERIFIED, DEVICES.md 2.2).
     */
    private static DeviceRequest configuration(String kind) {
        return switch (kind) {
            case "device" -> new DeviceRequest("GET", "/api/v1/mgmt/device/runningConfig", null);
            case "all" -> new DeviceRequest("GET", "/Utilities/configuration/exportFile?source=-1", null);
            case "config-files" -> new DeviceRequest("GET", "/Utilities/configuration/exportFile?source=1", null);
            case "local" -> new DeviceRequest("GET", "/Utilities/configuration/exportFile?source=2", null);
            case "web" -> new DeviceRequest("GET", "/Utilities/configuration/exportFile?source=5", null);
            default -> throw new IllegalArgumentException("kind must be config-files, local, web, device or all");
        };
    }

    /**
     * The guide's configuration resets: all three (local, web and device settings) is the documented
     * {@code configReset}; one kind alone is {@code configReset/<kind>}, as Posh-UCS calls it (UNVERIFIED, DEVICES.md 2.2).
     */
    private static DeviceRequest configReset(String kind) {
        return switch (kind) {
            case "all" -> new DeviceRequest("POST", "/api/v1/mgmt/configReset", null);
            case "web", "local", "device" -> new DeviceRequest("POST", "/api/v1/mgmt/configReset/" + kind, null);
            default -> throw new IllegalArgumentException("kind must be web, local, device or all");
        };
    }

    private static DeviceRequest dial(Map<String, String> args) {
        String destination = args.get("destination");
        if (destination == null || !destination.matches("[0-9A-Za-z*#+@._:;=-]{1,128}")) {
            throw new IllegalArgumentException("destination must be a number or SIP address of 1 to 128 characters");
        }
        String line = args.getOrDefault("line", "1");
        if (!line.matches("[1-9][0-9]?")) {
            throw new IllegalArgumentException("line must be a line number from 1 to 99");
        }
        String type = args.getOrDefault("type", "SIP").toUpperCase(java.util.Locale.ROOT);
        if (!type.equals("SIP") && !type.equals("TEL")) {
            throw new IllegalArgumentException("type must be SIP or TEL");
        }
        Map<String, String> data = new LinkedHashMap<>();
        data.put("Dest", destination);
        data.put("Line", line);
        data.put("Type", type);
        return new DeviceRequest("POST", "/api/v1/callctrl/dial", Map.of("data", data));
    }
}
