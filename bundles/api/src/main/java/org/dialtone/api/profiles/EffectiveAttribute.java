package org.dialtone.api.profiles;

import java.util.List;

/**
 * One parameter of a device's effective configuration: the value the device is told ({@code ${mac_address}}
 * substituted), the winning source, and the lower-priority definitions it shadows, highest first. {@code resourceFile}:
 * the value is the name of the resource file the winning parameter is bound to, which the device is given as that
 * file's URL on its download path.
 */
public record EffectiveAttribute(String name, String value, Source source, List<Source> shadowed, boolean resourceFile) {
    public EffectiveAttribute {
        shadowed = shadowed == null ? List.of() : List.copyOf(shadowed);
    }

    public EffectiveAttribute(String name, String value, Source source, List<Source> shadowed) {
        this(name, value, source, shadowed, false);
    }
}
