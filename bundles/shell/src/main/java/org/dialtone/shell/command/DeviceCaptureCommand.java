package org.dialtone.shell.command;

import java.util.List;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.tasks.NewPacketCapture;
import org.dialtone.api.tasks.PacketCapture;
import org.dialtone.api.tasks.PacketCaptures;

@Command(scope = "dialtone", name = "device-capture", description = "Starts, stops (keeping the file) or cancels a device's network packet capture, or lists its captures")
@Service
public class DeviceCaptureCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private PacketCaptures captures;

    @Reference
    private Session session;

    @Option(name = "--filter", description = "Wireshark capture filter, such as 'udp port 5060' (start)")
    private String filter;

    @Option(name = "--size", description = "MB the capture stops at, 1 to 10 (start; default 10)")
    private Integer sizeMb;

    @Option(name = "--minutes", description = "Minutes the capture stops after, 1 to 2880 (start; default 60)")
    private Integer minutes;

    @Argument(index = 0, name = "device", required = true, description = "The device id (see dialtone:device-list)")
    @Completion(DeviceIdCompleter.class)
    private long device;

    @Argument(index = 1, name = "action", description = "start, stop, cancel or list (default)")
    @Completion(value = StringsCompleter.class, values = {"start", "stop", "cancel", "list"})
    private String action = "list";

    private void done(String line) {
        Audit.record(activity, session, "device-capture " + action, "/devices/" + device + "/packet-captures", line);
        System.out.println(line);
    }

    @Override
    public Object execute() {
        switch (action) {
            case "start" -> done(line(captures.start(device, new NewPacketCapture(filter, sizeMb, minutes), Actors.of(session))));
            case "stop" -> done(line(captures.stop(device, Actors.of(session))));
            case "cancel" -> done(line(captures.cancel(device, Actors.of(session))));
            case "list" -> {
                List<PacketCapture> recent = captures.recent(device);
                if (recent.isEmpty()) {
                    System.out.println("No packet capture on device " + device + " yet");
                }
                recent.forEach(c -> System.out.println(line(c)));
            }
            default -> throw new InvalidInputException("action", "must be start, stop, cancel or list");
        }
        return null;
    }

    private static String line(PacketCapture c) {
        return "Capture " + c.id() + " " + c.state() + " started " + c.startedAt() + " by " + c.startedBy() + ", until " + c.endsAt() + " or "
                + c.sizeMb() + " MB" + (c.filter() == null ? "" : ", filter '" + c.filter() + "'") + (c.fileName() == null ? "" : ", file logs/" + c.fileName())
                + (c.reason() == null ? "" : " (" + c.reason() + ")");
    }
}
