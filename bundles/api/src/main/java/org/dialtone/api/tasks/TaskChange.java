package org.dialtone.api.tasks;

import java.time.Instant;
import java.util.List;

/** An edit of a task that has not executed yet: what is null stays as it is. */
public record TaskChange(String name, List<TaskTarget> targets, Instant runAt, Long expectedVersion) {
}
