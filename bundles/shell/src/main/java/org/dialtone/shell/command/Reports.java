package org.dialtone.shell.command;

import org.dialtone.api.inventory.ImportReport;

final class Reports {
    private Reports() {
    }

    static String summary(ImportReport r) {
        return "Import " + r.id() + ": " + r.rows() + " rows, " + r.created() + " created, " + r.updated() + " updated, "
                + r.skipped() + " skipped, " + r.failed() + " failed, " + r.warnings() + " with warnings."
                + (r.failed() + r.warnings() + r.skipped() > 0 ? " Log: dialtone:import-log " + r.id() : "");
    }
}
