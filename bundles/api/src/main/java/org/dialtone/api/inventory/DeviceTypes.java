package org.dialtone.api.inventory;

import java.util.List;
import java.util.Optional;

/** The device types the drivers present right now declare (F-DRV-3): they come and go with their drivers. */
public interface DeviceTypes {
    /** The type a CSV {@code endpoint_type}, a type label or a family id names, in any case and spacing. */
    Optional<DeviceType> find(String text);

    /** Every type of every present driver, in family order. */
    List<DeviceType> all();

    /** Whether the driver of this family runs; devices of an absent family are shown as "driver missing". */
    boolean driverPresent(String family);

    /** What the family's driver says an admin should know of this model at this firmware, if anything. */
    default Optional<String> modelNote(String family, String model, String firmwareVersion) {
        return Optional.empty();
    }

    /** Every model of every present driver, in family order. */
    List<DeviceModelInfo> models();

    /**
     * The model this names, by its reported name or display name in any case and spacing ({@code VVX 410}, {@code vvx410}),
     * among the present drivers' models ({@code family} null: any family's).
     */
    default Optional<DeviceModelInfo> model(String family, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String key = modelKey(text);
        return models().stream().filter(m -> family == null || m.family().equals(family))
                .filter(m -> modelKey(m.model()).equals(key) || modelKey(m.displayName()).equals(key)).findFirst();
    }

    /** Names compared without case, spaces, '-' or '_'. */
    static String modelKey(String text) {
        return text == null ? "" : text.replaceAll("[\\s_-]+", "").toLowerCase(java.util.Locale.ROOT);
    }

    /** The labels {@link #find} accepts, for error messages. */
    default String allowed() {
        return all().isEmpty() ? "(no device driver is installed)"
                : String.join(", ", all().stream().map(DeviceType::label).distinct().toList());
    }
}
