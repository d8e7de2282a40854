package org.dialtone.store;

import java.time.Instant;
import java.util.function.Consumer;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

/** The activity log's rows. */
public interface ActivityRepository {
    void add(Activity activity);

    /** Newest first. */
    Page<Activity> find(String actor, Instant from, Instant to, PageRequest page);

    long count(Instant from, Instant to);

    /** The rows from {@code from} (inclusive) to {@code to} (exclusive), oldest first, read a page at a time. */
    void each(Instant from, Instant to, Consumer<Activity> sink);

    int deleteBefore(Instant before);
}
