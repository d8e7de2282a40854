package org.dialtone.api.profiles;

import java.util.List;

/**
 * One parameter of a device's effective configuration: the value the device is told ({@code ${mac_address}}
 * substituted), the winning source, and the lower-priority definitions it shadows, highest first.
 */
public record EffectiveAttribute(String name, String value, Source source, List<Source> shadowed) {
    public EffectiveAttribute {
        shadowed = shadowed == null ? List.of() : List.copyOf(shadowed);
    }
}
