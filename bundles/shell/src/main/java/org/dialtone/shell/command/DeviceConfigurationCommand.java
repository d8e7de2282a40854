package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.dialtone.api.files.DeviceFile;
import org.dialtone.api.tasks.DeviceControl;

@Command(scope = "dialtone", name = "device-configuration", description = "Reads a configuration from the device now and keeps it among its logs (the guide's Get Device Configuration)")
@Service
public class DeviceConfigurationCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private DeviceControl control;

    @Reference
    private Session session;

    @Argument(index = 0, name = "device", required = true, description = "The device id (see dialtone:device-list)")
    @Completion(DeviceIdCompleter.class)
    private long device;

    @Argument(index = 1, name = "kind", required = true, description = "config-files, local, web, device (device settings) or all (all but device settings)")
    @Completion(value = StringsCompleter.class, values = {"config-files", "local", "web", "device", "all"})
    private String kind;

    @Override
    public Object execute() {
        DeviceFile file = control.configuration(device, kind, Actors.of(session));
        Audit.record(activity, session, "device-configuration " + kind, "/devices/" + device + "/files/" + file.directory() + "/" + file.name(),
                file.bytes() + " bytes");
        System.out.println("Kept as " + file.directory() + "/" + file.name() + " (" + file.bytes() + " bytes)");
        return null;
    }
}
