package org.dialtone.api.profiles;

import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/**
 * One deployment container: {@code key} is the id of the device, user, user group, site or device group,
 * the model name for MODEL, and empty for GLOBAL.
 */
public record Container(ContainerType type, String key) {
    public static final Container GLOBAL = new Container(ContainerType.GLOBAL, "");

    public Container {
        if (type == null) {
            throw new InvalidInputException("container", "must be one of global, site, model, group, device, user-group, user");
        }
        key = type == ContainerType.GLOBAL ? "" : key == null ? "" : key.strip();
        if (type != ContainerType.GLOBAL && key.isEmpty()) {
            throw new InvalidInputException("container", type.name().toLowerCase(Locale.ROOT) + " needs the id (or model name) it is for");
        }
    }

    public static Container of(ContainerType type, long id) {
        return new Container(type, Long.toString(id));
    }

    public long id() {
        try {
            return Long.parseLong(key);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("container", "'" + key + "' is not an id");
        }
    }
}
