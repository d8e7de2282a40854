package org.dialtone.api.inventory;

/**
 * A model an installed driver knows: {@code model} as its devices report it (the name Dialtone stores and the model
 * container is keyed by, such as {@code VVX410}), with the driver's display name and part number.
 */
public record DeviceModelInfo(String family, String type, String model, String displayName, String partNumber) {
}
