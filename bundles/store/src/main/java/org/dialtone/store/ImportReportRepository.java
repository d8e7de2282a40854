package org.dialtone.store;

import java.util.List;
import java.util.function.Consumer;
import org.dialtone.api.inventory.ImportReport;

public interface ImportReportRepository {
    ImportReport save(String kind, char separator, int rows, List<RowResult> results, String actor);

    ImportReport get(long id);

    /** Streams the log lines in line order. */
    void lines(long id, Consumer<RowResult> sink);
}
