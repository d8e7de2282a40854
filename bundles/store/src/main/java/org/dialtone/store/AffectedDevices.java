package org.dialtone.store;

import java.util.List;
import org.dialtone.api.tasks.TaskTarget;

/**
 * How many devices a container or profile reaches, with the first of them by id, and the reach itself as task targets
 * (so that "apply now" acts on every device the change reaches, however many).
 */
public record AffectedDevices(long count, List<Long> firstIds, List<TaskTarget> reach) {
    public static final int LISTED = 1000;

    public AffectedDevices {
        firstIds = List.copyOf(firstIds);
        reach = List.copyOf(reach);
    }
}
