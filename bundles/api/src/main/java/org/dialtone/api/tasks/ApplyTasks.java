package org.dialtone.api.tasks;

import java.util.List;
import org.dialtone.api.UnavailableException;
import org.dialtone.api.profiles.ApplyChoice;

/** The task that applies a change now or at the admin's time; none when the devices take it at their next poll. */
public final class ApplyTasks {
    private ApplyTasks() {
    }

    public static Long create(TaskService tasks, String change, List<TaskTarget> reach, ApplyChoice choice, String actor) {
        if (choice.mode() == ApplyChoice.Mode.NEXT_POLL || reach.isEmpty()) {
            return null;
        }
        if (tasks == null) {
            throw new UnavailableException("The change is saved, but no task can apply it now: the scheduled task service is not running;"
                    + " the devices take it at their next poll");
        }
        return tasks.applyChanges(change, reach, choice.mode() == ApplyChoice.Mode.SCHEDULED ? choice.at() : null, actor).id();
    }
}
