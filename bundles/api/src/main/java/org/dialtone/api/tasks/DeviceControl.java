package org.dialtone.api.tasks;

import java.util.List;
import java.util.Map;

/** What an admin reads from a device at once, through its REST API (the guide's Get/Set Parameters, Get tab). */
public interface DeviceControl {
    /** A parameter's value on the device and where the device has it from (its own words: local, web, config file…). */
    record ParameterValue(String value, String source) {
    }

    /**
     * Up to 20 parameters' current values, read from the device now; a name the device does not know is absent.
     *
     * @throws org.dialtone.api.InvalidInputException for no names, more than 20, or a name that is not one
     * @throws org.dialtone.api.ConflictException when the device cannot take it (busy, no REST API, refused)
     * @throws org.dialtone.api.UnavailableException when the device cannot be reached
     */
    Map<String, ParameterValue> parameters(long deviceId, List<String> names);

    /**
     * The device's current main screen, as the guide's Capture Screen: enables the parameters its model needs, fetches
     * the image and keeps it as a PNG among the device's logs ({@code <mac>_screen_<yyyy.MM.dd_HHmmss>.png}).
     *
     * @throws org.dialtone.api.ConflictException when the device cannot take it (busy, capture not enabled, no REST API)
     * @throws org.dialtone.api.UnavailableException when the device cannot be reached
     */
    org.dialtone.api.files.DeviceFile captureScreen(long deviceId, String actor);

    /** The guide's Get Device Configuration kinds, as requests name them. */
    java.util.Set<String> CONFIGURATION_KINDS = java.util.Set.of("config-files", "local", "web", "device", "all");

    /**
     * The guide's Get Device Configuration: the device's configuration of one kind ({@link #CONFIGURATION_KINDS}: its
     * provisioning configuration files, local, web, device settings, or all but device settings), read from the device
     * now and kept among its logs ({@code <mac>_configuration-<kind>_<yyyy.MM.dd_HHmmss>.cfg}, or {@code .json}).
     *
     * @throws org.dialtone.api.InvalidInputException for another kind
     * @throws org.dialtone.api.ConflictException when the device cannot take it (busy, no REST API, refused)
     * @throws org.dialtone.api.UnavailableException when the device cannot be reached
     */
    org.dialtone.api.files.DeviceFile configuration(long deviceId, String kind, String actor);
}
