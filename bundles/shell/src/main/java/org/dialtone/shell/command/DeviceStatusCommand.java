package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.monitoring.DeviceLine;
import org.dialtone.api.monitoring.DeviceMonitoring;
import org.dialtone.api.monitoring.DeviceState;
import org.dialtone.api.monitoring.StateChange;

@Command(scope = "dialtone", name = "device-status", description = "Shows a device's status: online, SIP registration, calls, lines, uptime, licence")
@Service
public class DeviceStatusCommand implements Action {
    @Reference
    private DeviceMonitoring monitoring;

    @Argument(index = 0, name = "device", required = true, description = "The device id (see dialtone:device-list)")
    @Completion(DeviceIdCompleter.class)
    private long device;

    @Option(name = "--refresh", description = "Poll the device through its REST API first")
    private boolean refresh;

    @Override
    public Object execute() {
        DeviceState s = refresh ? monitoring.refresh(device) : monitoring.state(device);
        System.out.println("Status:        " + s.status() + (s.lastSeen() == null ? "" : " (last heard " + s.lastSeen() + " by " + s.heardFrom() + ")"));
        System.out.println("SIP:           " + s.registration() + (s.sipUri() == null ? "" : "  " + s.sipUri() + " (" + text(s.sipUser()) + ")"));
        System.out.println("Call:          " + s.callStatus() + (s.offHook() == null ? "" : s.offHook() ? ", off hook" : ", on hook"));
        System.out.println("Licence:       " + text(s.licence()));
        if (s.userLoggedIn() != null) {
            System.out.println("Signed in:     " + s.userLoggedIn());
        }
        if (s.uptimeSeconds() != null) {
            System.out.println("Uptime:        " + java.time.Duration.ofSeconds(s.uptimeSeconds()) + " (last restart " + s.lastRebootAt() + ")");
        }
        if (s.lastEvent() != null) {
            System.out.println("Last event:    " + s.lastEvent() + " at " + s.lastEventAt());
        }
        System.out.println("Last poll:     " + (s.polledAt() == null ? "never" : s.polledAt() + ": " + s.pollResult())
                + (s.nextPollAt() == null ? "" : "; next " + s.nextPollAt()));
        if (s.modelNote() != null) {
            System.out.println("Note:          " + s.modelNote());
        }
        if (!s.lines().isEmpty()) {
            ShellTable lines = new ShellTable();
            lines.column("Line").alignRight();
            lines.column("Address");
            lines.column("Label");
            lines.column("Registration");
            lines.column("Call");
            for (DeviceLine l : s.lines()) {
                lines.addRow().addContent(l.line(), text(l.address()), text(l.label()), l.registration(), l.inCall() ? text(l.callState()) : "");
            }
            lines.print(System.out);
        }
        for (StateChange change : s.changes()) {
            System.out.println(change.at() + "  " + change.status() + "  " + change.reason());
        }
        return null;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
