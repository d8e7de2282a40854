package org.dialtone.store;

import java.util.List;

/** How many devices a container or profile reaches, with the first of them by id. */
public record AffectedDevices(long count, List<Long> firstIds) {
    public static final int LISTED = 1000;

    public AffectedDevices {
        firstIds = List.copyOf(firstIds);
    }
}
