package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.dialtone.api.inventory.ImportLogService;

@Command(scope = "dialtone", name = "import-log", description = "Prints the per-row log of a CSV import")
@Service
public class ImportLogCommand implements Action {
    @Reference
    private ImportLogService logs;

    @Argument(index = 0, name = "id", required = true, description = "The import id the import printed")
    private long id;

    @Override
    public Object execute() throws Exception {
        logs.writeLog(id, System.out);
        System.out.flush();
        return null;
    }
}
