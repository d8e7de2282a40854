package org.dialtone.api.tasks;

/**
 * What an admin starts a capture with: a Wireshark-syntax {@code filter} (none: everything the device sees), the file
 * size it stops at (1 to 10 MB) and the time (1 to 2880 minutes).
 */
public record NewPacketCapture(String filter, Integer sizeMb, Integer minutes) {
}
