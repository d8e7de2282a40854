package org.dialtone.api.tasks;

/** Where a task stands: Scheduled (not executed yet), Executing, Done; Cancelled when an admin stopped it while executing. */
public enum TaskState {
    SCHEDULED, EXECUTING, DONE, CANCELLED
}
