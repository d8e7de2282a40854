package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.system.DatabaseHealth;
import org.dialtone.api.system.DriverInfo;
import org.dialtone.api.system.SystemHealth;
import org.dialtone.api.system.SystemHealthService;

@Command(scope = "dialtone", name = "health", description = "Shows the server's version, database state and loaded device drivers")
@Service
public class HealthCommand implements Action {
    @Reference
    private SystemHealthService health;

    @Override
    public Object execute() {
        SystemHealth report = health.health();
        DatabaseHealth db = report.database();
        System.out.println("Dialtone " + report.version() + ": " + report.status());
        System.out.println("Database: " + db.kind() + ", " + db.state() + ", schema version " + db.schemaVersion()
                + (db.detail() != null ? " (" + db.detail() + ")" : ""));
        if (report.tls() != null) {
            report.tls().certificates().forEach(c -> System.out.println("TLS: " + c.source() + " " + c.keyType() + " " + c.subject()
                    + ", expires " + c.notAfter()));
            report.tls().listeners().stream().filter(l -> l.on())
                    .forEach(l -> System.out.println("Listener " + l.name() + ": on, port " + l.port() + " (" + l.protocols() + ")"));
        }
        report.notices().forEach(notice -> System.out.println("Note: " + notice));
        if (!report.missingServices().isEmpty()) {
            System.out.println("Not running (yet): " + String.join(", ", report.missingServices()) + "; see data/log/karaf.log if this lasts");
        }
        if (report.drivers().isEmpty()) {
            System.out.println("Device drivers: none loaded; copy a driver bundle into deploy/ or install its feature");
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("Family");
        table.column("Driver");
        table.column("Version");
        table.column("Models").alignRight();
        for (DriverInfo driver : report.drivers()) {
            table.addRow().addContent(driver.family(), driver.displayName(), driver.version(), driver.models());
        }
        table.print(System.out);
        return null;
    }
}
