package org.dialtone.api.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scheduled task. {@code runAt} is when it executes (the creation time for one executed at once); {@code arguments}
 * are its type's (a dial's destination, the parameters to set, the reset kind); the service hides secret ones.
 */
public record Task(long id, String name, TaskType type, String typeTitle, TaskState state, List<TaskTarget> targets,
                   Map<String, String> arguments, Instant runAt, Instant createdAt, String createdBy, Instant startedAt,
                   Instant finishedAt, TaskTotals totals, long version) {
    /** What an argument whose name ends in {@code Password} shows outside the engine: it is stored sealed. */
    public static final String HIDDEN = "(sealed)";

    public Task {
        targets = List.copyOf(targets);
        arguments = Map.copyOf(arguments);
    }

    public static boolean secret(String argument) {
        return argument.toLowerCase(java.util.Locale.ROOT).endsWith("password");
    }

    /** The task as admins see it, secret arguments replaced by {@link #HIDDEN}. */
    public Task withSecretsHidden() {
        if (arguments.keySet().stream().noneMatch(Task::secret)) {
            return this;
        }
        Map<String, String> shown = new java.util.TreeMap<>(arguments);
        shown.replaceAll((name, value) -> secret(name) ? HIDDEN : value);
        return new Task(id, name, type, typeTitle, state, targets, shown, runAt, createdAt, createdBy, startedAt, finishedAt, totals, version);
    }
}
