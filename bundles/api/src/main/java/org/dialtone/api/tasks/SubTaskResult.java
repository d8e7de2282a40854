package org.dialtone.api.tasks;

/** One device's part of a task: waiting, under way, or its execution result as the guide names them. */
public enum SubTaskResult {
    PENDING, IN_PROGRESS, SUCCESS, FAILURE, NOT_APPLICABLE, CANCELLED;

    public boolean finished() {
        return this != PENDING && this != IN_PROGRESS;
    }
}
