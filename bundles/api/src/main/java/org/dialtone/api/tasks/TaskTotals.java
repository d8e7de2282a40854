package org.dialtone.api.tasks;

/** A task's execution results: the devices in all, and how many succeeded, failed, did not apply or are under way. */
public record TaskTotals(long total, long success, long failure, long notApplicable, long inProgress) {
    public static final TaskTotals NONE = new TaskTotals(0, 0, 0, 0, 0);
}
