package org.dialtone.driver.spi;

/**
 * Device operations a scheduled task can run through a device's REST API. Arguments by operation: {@code DIAL}
 * destination, line, type; {@code RESET_CONFIGURATION} kind (web, local, device, all); {@code GET_PARAMETERS} the
 * names; {@code SET_PARAMETERS} names and values; {@code AD_PASSWORD} password (since 2.7); {@code GET_CONFIGURATION}
 * kind: config-files, local, web, device or all (all but device settings, since 2.7); {@code PACKET_CAPTURE}
 * action (start with filter, sizeMb, minutes and uploadUrl, where the device sends the file; upload: send it to
 * uploadUrl now; end: stop capturing), since 2.7.
 */
public enum TaskType {
    DIAL, REBOOT, RESTART, FACTORY_RESET, RESET_CONFIGURATION, GET_PARAMETERS, SET_PARAMETERS, SCREEN_CAPTURE,
    PACKET_CAPTURE, GET_CONFIGURATION,
    /** @since 2.7 */
    AD_PASSWORD
}
