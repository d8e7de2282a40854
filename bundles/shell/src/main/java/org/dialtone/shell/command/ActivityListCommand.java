package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.activity.Activity;
import org.dialtone.api.activity.ActivityLog;
import org.dialtone.api.inventory.PageRequest;

@Command(scope = "dialtone", name = "activity-list", description = "Lists the activity log, newest first: who changed what, when")
@Service
public class ActivityListCommand implements Action {
    @Reference
    private ActivityLog log;

    @Option(name = "--actor", description = "Only this account's writes")
    private String actor;

    @Option(name = "--limit", description = "Show at most this many (up to 500)")
    private int limit = 50;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("When");
        table.column("Account");
        table.column("From");
        table.column("Action");
        table.column("Target");
        table.column("Answer").alignRight();
        for (Activity a : log.find(actor, null, null, new PageRequest(0, limit)).items()) {
            table.addRow().addContent(a.at(), a.actor(), a.face(), a.action(), a.target(), a.status() == 0 ? "done" : a.status());
        }
        table.print(System.out);
        return null;
    }
}
