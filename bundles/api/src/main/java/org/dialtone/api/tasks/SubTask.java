package org.dialtone.api.tasks;

import java.time.Instant;

/** One device's part of a task: its result, and for a failure or a task that does not apply, the reason. */
public record SubTask(long taskId, long deviceId, String deviceName, SubTaskResult result, String reason,
                      int attempts, Instant finishedAt) {
}
