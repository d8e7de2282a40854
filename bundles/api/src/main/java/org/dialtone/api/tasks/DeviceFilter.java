package org.dialtone.api.tasks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceSort;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.api.software.SoftwareState;

/** A filter target's query string, read as {@code GET /devices} reads its parameters. */
public final class DeviceFilter {
    private static final String FIELD = "targets.filter";
    private static final Set<String> NAMES = Set.of("q", "type", "model", "siteId", "groupId", "status", "software", "softwareImageId",
            "registration", "callStatus");

    private DeviceFilter() {
    }

    public static DeviceQuery parse(String filter) {
        Map<String, String> values = new LinkedHashMap<>();
        if (filter != null && !filter.isBlank()) {
            for (String pair : filter.strip().split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int at = pair.indexOf('=');
                String name = decode(at < 0 ? pair : pair.substring(0, at));
                if (!NAMES.contains(name)) {
                    throw new InvalidInputException(FIELD, "'" + name + "' is not a Device Monitor filter; use " + String.join(", ", new java.util.TreeSet<>(NAMES)));
                }
                values.put(name, at < 0 ? "" : decode(pair.substring(at + 1)));
            }
        }
        return new DeviceQuery(blank(values.get("q")), blank(values.get("type")), blank(values.get("model")), id(values, "siteId"),
                id(values, "groupId"), status(values.get("status")), DeviceSort.NAME, false, software(values.get("software")),
                id(values, "softwareImageId"), org.dialtone.api.inventory.SipRegistration.parse(FIELD, blank(values.get("registration"))),
                org.dialtone.api.inventory.CallStatus.parse(FIELD, blank(values.get("callStatus"))));
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "is not a query string such as model=VVX410&siteId=3");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Long id(Map<String, String> values, String name) {
        String text = blank(values.get(name));
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(FIELD, name + " must be an id (a whole number), not '" + text + "'");
        }
    }

    private static DeviceStatus status(String text) {
        if (blank(text) == null) {
            return null;
        }
        try {
            return DeviceStatus.valueOf(text.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(FIELD, "status must be online or offline, not '" + text + "'");
        }
    }

    private static SoftwareState software(String text) {
        try {
            return SoftwareState.parse("software", blank(text));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(FIELD, "software " + e.rule());
        }
    }
}
