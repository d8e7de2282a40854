package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;
import org.dialtone.api.monitoring.Alert;
import org.dialtone.api.monitoring.Alerts;

@Command(scope = "dialtone", name = "alert", description = "Acknowledges or clears an alert (see dialtone:alert-list), or sends a test alert to the webhook")
@Service
public class AlertCommand implements Action {
    @Reference
    private Alerts alerts;

    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private Session session;

    @Argument(index = 0, name = "action", required = true, description = "ack, clear or test")
    @Completion(value = StringsCompleter.class, values = {"ack", "clear", "test"})
    private String action;

    @Argument(index = 1, name = "alert", description = "The alert id (not for test)")
    private Long id;

    @Override
    public Object execute() {
        if ("test".equals(action)) {
            String result = alerts.testNotification(Actors.of(session));
            Audit.record(activity, session, "alert test", "/alerts/test", result);
            System.out.println(result);
            return null;
        }
        if (id == null) {
            throw new IllegalArgumentException("Name the alert to " + action + " (see dialtone:alert-list)");
        }
        Alert alert = switch (action) {
            case "ack" -> alerts.acknowledge(id, Actors.of(session));
            case "clear" -> alerts.clear(id, Actors.of(session));
            default -> throw new IllegalArgumentException("The action is ack, clear or test, not " + action);
        };
        Audit.record(activity, session, "alert " + action, "/alerts/" + id, alert.state().name());
        System.out.println("Alert " + id + " is " + alert.state().name().toLowerCase(java.util.Locale.ROOT));
        return null;
    }
}
