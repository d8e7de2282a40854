package org.dialtone.api.monitoring;

/** Asks one device for its status (device, line, call and SIP information) through its REST API, on this node. */
public interface StatusPoller {
    /** Records what the device answered, or why it could not be asked; never throws for the device's own failures. */
    void poll(long deviceId);
}
