package org.dialtone.api.tasks;

import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

/** Scheduled tasks as the guide has them, persisted and executed once across every node. */
public interface TaskService {
    /** Checks the task's type, targets and arguments and stores it; it executes at {@code runAt}, or now. */
    Task create(NewTask task, String actor);

    /**
     * An Apply Device Provisioning Changes task over a change's reach (the containers it touched, as targets), at
     * {@code at} or now: the server's own, so neither the targets' count nor their existence is checked again.
     */
    Task applyChanges(String change, java.util.List<TaskTarget> reach, java.time.Instant at, String actor);

    Task get(long id);

    Page<Task> find(TaskQuery query, PageRequest page);

    /** Its devices' results, in device order. */
    Page<SubTask> subTasks(long taskId, PageRequest page);

    /** A device's part in every task, newest first. */
    Page<SubTask> history(long deviceId, PageRequest page);

    /** Renames, retargets or reschedules a task that has not executed yet. */
    Task update(long id, TaskChange change, String actor);

    /** Deletes a task that is not executing. */
    void delete(long id, String actor);

    /**
     * Forgets the certificate pinned for the device's REST API, so that the next one it presents is accepted (it was
     * replaced, or the device was reset); false when none was pinned.
     */
    boolean acceptNewDeviceCertificate(long deviceId, String actor);

    /** Stops an executing task: its devices not yet started are cancelled; those under way finish. */
    Task cancel(long id, String actor);
}
