package org.dialtone.api.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A scheduled task. {@code runAt} is when it executes (the creation time for one executed at once); {@code arguments}
 * are its type's (a dial's destination, the parameters to set, the reset kind), secrets left out.
 */
public record Task(long id, String name, TaskType type, String typeTitle, TaskState state, List<TaskTarget> targets,
                   Map<String, String> arguments, Instant runAt, Instant createdAt, String createdBy, Instant startedAt,
                   Instant finishedAt, TaskTotals totals, long version) {
    public Task {
        targets = List.copyOf(targets);
        arguments = Map.copyOf(arguments);
    }
}
