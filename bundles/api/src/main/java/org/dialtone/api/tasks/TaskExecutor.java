package org.dialtone.api.tasks;

import java.util.Map;
import org.dialtone.api.inventory.Device;

/**
 * Carries out one task type on one device: a service with {@value #TYPE} naming the {@link TaskType}s it takes. The
 * engine claims the sub tasks and calls {@link #execute} once per device, on a worker thread.
 */
public interface TaskExecutor {
    String TYPE = "dialtone.task.type";

    /** Checks a new task's arguments and returns them as they are stored; throws InvalidInputException naming one. */
    Map<String, String> arguments(TaskType type, Map<String, String> arguments);

    /** One device's part of the task. */
    TaskOutcome execute(Task task, Device device);
}
