package org.dialtone.api.inventory;

import java.util.List;

/** A device an admin adds by hand (F-DEV-1): {@code type} a label or family of an installed driver; {@code groupIds} in the order of their priority for the device. */
public record DeviceDraft(String type, String model, String mac, String serialNumber, String name,
                          String description, List<Long> groupIds) {
    public DeviceDraft {
        groupIds = groupIds == null ? List.of() : List.copyOf(groupIds);
    }
}
