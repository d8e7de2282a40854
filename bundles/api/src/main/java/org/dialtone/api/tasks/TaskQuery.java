package org.dialtone.api.tasks;

/**
 * The Scheduled Tasks list's filter: by type and state (null: any), newest first; {@code createdByAccount}, when not
 * null, keeps to the tasks that account created, with its password or any of its tokens.
 */
public record TaskQuery(TaskType type, TaskState state, String createdByAccount) {
    public TaskQuery(TaskType type, TaskState state) {
        this(type, state, null);
    }

    /** Whether a task's {@code createdBy} (an actor: the account, then the token used, if any) is that account's. */
    public static boolean createdBy(String createdBy, String account) {
        return createdBy != null && account != null && (createdBy.equals(account) || createdBy.startsWith(account + " (token "));
    }
}
