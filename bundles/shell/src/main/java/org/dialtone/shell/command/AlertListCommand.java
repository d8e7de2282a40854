package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.monitoring.Alert;
import org.dialtone.api.monitoring.Alerts;

@Command(scope = "dialtone", name = "alert-list", description = "Lists alerts, newest first (open and acknowledged ones unless --state says otherwise)")
@Service
public class AlertListCommand implements Action {
    @Reference
    private Alerts alerts;

    @Option(name = "--state", description = "open, acknowledged or cleared")
    @Completion(value = StringsCompleter.class, values = {"open", "acknowledged", "cleared"})
    private String state;

    @Option(name = "--device", description = "Only this device's alerts")
    @Completion(DeviceIdCompleter.class)
    private Long device;

    @Option(name = "--limit", description = "Show at most this many (up to 500)")
    private int limit = 50;

    @Override
    public Object execute() {
        Alert.State wanted = null;
        if (state != null) {
            try {
                wanted = Alert.State.valueOf(state.strip().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--state is open, acknowledged or cleared, not " + state);
            }
        }
        Alert.State shown = wanted;
        Page<Alert> page = alerts.find(shown, null, device, new PageRequest(0, limit));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Raised");
        table.column("Kind");
        table.column("Device").alignRight();
        table.column("State");
        table.column("Message");
        page.items().stream().filter(a -> shown != null || a.state() != Alert.State.CLEARED).forEach(a -> table.addRow().addContent(a.id(),
                a.raisedAt(), a.kind(), a.deviceId() == null ? "" : a.deviceId(), a.state(), a.message()));
        table.print(System.out);
        return null;
    }
}
