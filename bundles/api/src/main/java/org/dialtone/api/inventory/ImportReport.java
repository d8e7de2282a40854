package org.dialtone.api.inventory;

/**
 * What a CSV import did. The per-row log is kept and can be downloaded by {@code id}.
 *
 * @param rows      data rows read (header and blank lines excluded)
 * @param failed    rows rejected, each with its line number and reason in the log
 * @param warnings  rows imported with a remark (for example a device group that does not exist)
 */
public record ImportReport(long id, String kind, char separator, int rows, int created, int updated, int skipped,
                           int failed, int warnings) {
}
