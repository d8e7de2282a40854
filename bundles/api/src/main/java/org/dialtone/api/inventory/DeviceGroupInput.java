package org.dialtone.api.inventory;

/** A device group as an admin writes it; {@code expectedVersion} is optional on update. */
public record DeviceGroupInput(String name, String description, Long expectedVersion) {
}
