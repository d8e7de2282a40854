package org.dialtone.api.inventory;

/** One parameter of a device's csv profile ({@code <identity>_csv_profile}, type User Imported). */
public record DeviceAttribute(String name, String value) {
}
