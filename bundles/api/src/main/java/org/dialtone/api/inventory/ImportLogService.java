package org.dialtone.api.inventory;

import java.io.IOException;
import java.io.OutputStream;

/** The downloadable per-row logs of CSV imports. */
public interface ImportLogService {
    ImportReport report(long id);

    /** Writes the log as UTF-8 text, one line per data row. */
    void writeLog(long id, OutputStream out) throws IOException;
}
