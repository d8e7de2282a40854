package org.dialtone.shell.command;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.api.inventory.ImportSeparator;

@Command(scope = "dialtone", name = "device-import", description = "Imports devices from a CSV file (mac_address/serial_number, endpoint_type, endpoint_name, endpoint_group, parameters)")
@Service
public class DeviceImportCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private DeviceService devices;

    @Reference
    private Session session;

    @Argument(index = 0, name = "file", required = true, description = "The CSV file on the server")
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--update-existing", description = "off (existing devices are ignored), overwrite or merge")
    private String updateExisting;

    @Option(name = "--separator", description = "comma, semicolon or tab (default: detected from the header)")
    private String separator;

    @Override
    public Object execute() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of(file))) {
            ImportReport report = devices.importCsv(in, ImportSeparator.parse("separator", separator),
                    DeviceImportMode.parse(updateExisting), Actors.of(session));
            Audit.record(activity, session, "device-import", "/devices", Reports.summary(report));
            System.out.println(Reports.summary(report));
        }
        return null;
    }
}
