package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.EffectiveAttribute;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Source;

@Command(scope = "dialtone", name = "effective-config", description = "Shows what a device is told, where each value comes from and what it overrides")
@Service
public class EffectiveConfigCommand implements Action {
    @Reference
    private DeploymentService deployment;

    @Argument(index = 0, name = "device", required = true, description = "The device id (see dialtone:device-list)")
    @Completion(DeviceIdCompleter.class)
    private long deviceId;

    @Option(name = "-p", aliases = "--parameter", description = "Only parameters whose name contains this")
    private String parameter;

    @Override
    public Object execute() {
        EffectiveConfig config = deployment.effectiveConfig(deviceId);
        ShellTable table = new ShellTable();
        table.column("Parameter");
        table.column("Value");
        table.column("From");
        table.column("Overrides");
        for (EffectiveAttribute a : config.attributes()) {
            if (parameter != null && !a.name().contains(parameter)) {
                continue;
            }
            StringBuilder overrides = new StringBuilder();
            for (Source s : a.shadowed()) {
                overrides.append(overrides.length() == 0 ? "" : "; ").append(s.value()).append(" (").append(where(s)).append(')');
            }
            table.addRow().addContent(a.name(), a.value(), where(a.source()), overrides);
        }
        table.print(System.out);
        System.out.println("Software: " + (config.software() == null ? "none selected" : "image " + config.software().value() + " from " + where(config.software())));
        return null;
    }

    private static String where(Source s) {
        return s.profileName() + " @ " + s.containerType().name().toLowerCase(java.util.Locale.ROOT)
                + (s.containerName() == null || s.containerName().isEmpty() ? "" : " " + s.containerName());
    }
}
