package org.dialtone.driver.spi;

/** Device operations a scheduled task can run through a device's REST API. */
public enum TaskType {
    DIAL, REBOOT, RESTART, FACTORY_RESET, RESET_CONFIGURATION, GET_PARAMETERS, SET_PARAMETERS, SCREEN_CAPTURE,
    PACKET_CAPTURE, GET_CONFIGURATION
}
