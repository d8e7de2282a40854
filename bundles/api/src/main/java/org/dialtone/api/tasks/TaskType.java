package org.dialtone.api.tasks;

import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/** The guide's scheduled task types, with the names its Scheduled Tasks page shows. */
public enum TaskType {
    APPLY_CHANGES("Apply Device Provisioning Changes"),
    DIAL("Device Control: Dial Out"),
    REBOOT("Device Control: Reboot"),
    RESET("Device Control: Reset"),
    SET_PARAMETERS("Device Control: Set Parameters");

    private final String title;

    TaskType(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The type named in a request: {@code reboot}, {@code set-parameters}, {@code SET_PARAMETERS}. */
    public static TaskType parse(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "is required: one of " + names());
        }
        String key = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (TaskType type : values()) {
            if (type.name().equals(key)) {
                return type;
            }
        }
        throw new InvalidInputException(field, "'" + text + "' is not a task type; use one of " + names());
    }

    private static String names() {
        return String.join(", ", java.util.Arrays.stream(values()).map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', '-')).toList());
    }
}
