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

    /** The labels {@link #find} accepts, for error messages. */
    default String allowed() {
        return all().isEmpty() ? "(no device driver is installed)"
                : String.join(", ", all().stream().map(DeviceType::label).distinct().toList());
    }
}
