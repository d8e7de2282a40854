package org.dialtone.store;

import java.time.Instant;
import java.util.List;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.tasks.NewTask;
import org.dialtone.api.tasks.SubTask;
import org.dialtone.api.tasks.SubTaskResult;
import org.dialtone.api.tasks.Task;
import org.dialtone.api.tasks.TaskChange;
import org.dialtone.api.tasks.TaskQuery;

/**
 * Tasks and their sub tasks. Claims are conditional updates, so that of several nodes exactly one wins each task
 * and each sub task; a claim holds for a lease, after which another node may take it.
 */
public interface TaskRepository {
    /** One device's part, claimed by this node until {@code leaseUntil}. */
    record Claim(long taskId, long deviceId, long siteId, int attempts) {
    }

    Task create(NewTask task, String name, String actor);

    Task get(long id);

    Page<Task> find(TaskQuery query, PageRequest page);

    Page<SubTask> subTasks(long taskId, PageRequest page);

    Page<SubTask> history(long deviceId, PageRequest page);

    /** Applies the change to a task still scheduled; a conflict when it started meanwhile or the version moved on. */
    Task update(long id, TaskChange change);

    /** Deletes a task that is not executing. */
    void delete(long id);

    /** Marks an executing task cancelled and its devices not yet started cancelled; returns it. */
    Task cancel(long id);

    /** Tasks due by {@code now} and not started, oldest first. */
    List<Long> due(Instant now, int limit);

    /**
     * Starts a due task if no other node has: marks it executing and creates its sub tasks, one per device its targets
     * reach, in one transaction. False when another node was first.
     */
    boolean start(long taskId, Instant now);

    /** Whether any task is due or not finished (on any node): when none is, an idle node's look ends there. */
    boolean anyOpen(Instant now);

    /** Gives claims whose lease ran out back to whoever claims next (their node stopped or died). */
    int releaseExpired(Instant now);

    /**
     * Gives the claims an owner holds back at once: {@code node/run} when that run stops, or {@code node} for every run of
     * the node (it starts again after it died).
     */
    int releaseHeldBy(String owner);

    /**
     * Claims up to {@code limit} pending sub tasks whose retry time has come, of devices with nothing else under way,
     * at most {@code perSite} under way per site across all nodes.
     */
    List<Claim> claim(String node, Instant now, Instant leaseUntil, int limit, int perSite);

    /** Records a claimed sub task's result; ignored when this node's lease was lost meanwhile. */
    void finish(Claim claim, String node, SubTaskResult result, String reason, Instant now);

    /** Puts a claimed sub task back to be tried again at {@code notBefore}. */
    void retryLater(Claim claim, String node, Instant notBefore, String reason);

    /** Marks done the executing tasks whose devices have all finished; returns their ids. */
    List<Long> completeFinished(Instant now);

}
