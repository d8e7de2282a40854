package org.dialtone.api.inventory;

import java.util.List;

/** One page of a list, with the total the filters match. */
public record Page<T>(List<T> items, long total, int offset, int limit) {
    public Page {
        items = List.copyOf(items);
    }
}
