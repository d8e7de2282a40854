package org.dialtone.api.tasks;

import java.time.Duration;

/** What became of one device: a result with its reason, or "busy, try again after {@code retryAfter}". */
public record TaskOutcome(SubTaskResult result, String reason, Duration retryAfter) {
    public static TaskOutcome success(String detail) {
        return new TaskOutcome(SubTaskResult.SUCCESS, detail, null);
    }

    public static TaskOutcome failure(String reason) {
        return new TaskOutcome(SubTaskResult.FAILURE, reason, null);
    }

    public static TaskOutcome notApplicable(String reason) {
        return new TaskOutcome(SubTaskResult.NOT_APPLICABLE, reason, null);
    }

    public static TaskOutcome busy(String reason, Duration retryAfter) {
        return new TaskOutcome(SubTaskResult.PENDING, reason, retryAfter);
    }
}
