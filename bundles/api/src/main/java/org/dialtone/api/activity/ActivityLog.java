package org.dialtone.api.activity;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

/** The activity log: written by every face that changes something, read newest first, downloaded per week. */
public interface ActivityLog {
    /** Records one write now; the id and time are the log's. */
    void record(Activity activity);

    /** Newest first; {@code actor} and the time range optional. */
    Page<Activity> find(String actor, Instant from, Instant to, PageRequest page);

    /** The weeks kept, newest first. */
    List<ActivityWeek> weeks();

    /**
     * Writes the week that starts on {@code monday} as a ZIP holding one CSV ({@code activity-<monday>.csv}).
     *
     * @throws org.dialtone.api.InvalidInputException when {@code monday} is not a Monday
     */
    void exportWeek(LocalDate monday, OutputStream out) throws IOException;
}
