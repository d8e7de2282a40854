package org.dialtone.api.inventory;

import org.dialtone.api.InvalidInputException;

/** Columns the Device Monitor can sort by. */
public enum DeviceSort {
    NAME, MAC, SERIAL, MODEL, TYPE, SITE, PUBLIC_IP, PRIVATE_IP, SOFTWARE_VERSION, STATUS, LAST_SEEN, CREATED, REGISTRATION, CALL_STATUS;

    public static DeviceSort parse(String text) {
        if (text == null || text.isBlank()) {
            return NAME;
        }
        String key = text.strip().replaceAll("([a-z])([A-Z])", "$1_$2").replace('-', '_');
        for (DeviceSort sort : values()) {
            if (sort.name().equalsIgnoreCase(key)) {
                return sort;
            }
        }
        throw new InvalidInputException("sort", "must be one of name, mac, serial, model, type, site, publicIp, "
                + "privateIp, softwareVersion, status, lastSeen, created, registration, callStatus");
    }
}
