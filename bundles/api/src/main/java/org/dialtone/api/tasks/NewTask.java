package org.dialtone.api.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A task to create: a null {@code name} gets one from its type; a null {@code runAt} executes it at once. */
public record NewTask(String name, TaskType type, List<TaskTarget> targets, Map<String, String> arguments, Instant runAt) {
    public NewTask {
        targets = targets == null ? List.of() : List.copyOf(targets);
        arguments = arguments == null ? Map.of() : Map.copyOf(arguments);
    }
}
