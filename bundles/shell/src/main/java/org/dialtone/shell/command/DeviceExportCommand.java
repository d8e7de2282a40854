package org.dialtone.shell.command;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.ImportSeparator;

@Command(scope = "dialtone", name = "device-export", description = "Writes all devices with their csv profiles to a CSV file that imports back")
@Service
public class DeviceExportCommand implements Action {
    @Reference
    private DeviceService devices;

    @Argument(index = 0, name = "file", required = true, description = "The CSV file to write on the server")
    @Completion(FileCompleter.class)
    private String file;

    @Option(name = "--separator", description = "comma (default), semicolon or tab")
    private String separator;

    @Override
    public Object execute() throws Exception {
        try (OutputStream out = Files.newOutputStream(Path.of(file))) {
            devices.exportCsv(DeviceQuery.all(), ImportSeparator.parse("separator", separator), out);
        }
        System.out.println("Devices written to " + Path.of(file).toAbsolutePath());
        return null;
    }
}
