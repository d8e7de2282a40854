package org.dialtone.api.tasks;

/** The Scheduled Tasks list's filter: by type and state (null: any), newest first. */
public record TaskQuery(TaskType type, TaskState state) {
}
