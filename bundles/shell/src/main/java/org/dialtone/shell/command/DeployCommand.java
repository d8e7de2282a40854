package org.dialtone.shell.command;

import java.util.List;
import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.api.profiles.Container;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.DeploymentService;

@Command(scope = "dialtone", name = "deploy", description = "Sets a container's profiles in priority order (devices pick them up at their next poll)")
@Service
public class DeployCommand implements Action {
    @Reference(optional = true)
    private org.dialtone.api.activity.ActivityLog activity;

    @Reference
    private DeploymentService deployment;

    @Reference
    private Session session;

    @Argument(index = 0, name = "container", required = true, description = "global, site:<id>, model:<name>, group:<id> or device:<id>")
    @Completion(ContainerCompleter.class)
    private String container;

    @Argument(index = 1, name = "profiles", multiValued = true, description = "Profile ids, highest priority first (none to clear)")
    @Completion(ProfileIdCompleter.class)
    private List<Long> profileIds;

    @Override
    public Object execute() {
        Container target;
        if (container.equalsIgnoreCase("global")) {
            target = Container.GLOBAL;
        } else {
            int colon = container.indexOf(':');
            if (colon < 0) {
                throw new IllegalArgumentException("write the container as global, site:<id>, model:<name>, group:<id> or device:<id>");
            }
            target = new Container(ContainerType.valueOf(container.substring(0, colon).toUpperCase(Locale.ROOT)), container.substring(colon + 1));
        }
        ChangeResult result = deployment.setProfiles(target, profileIds == null ? List.of() : profileIds, ApplyChoice.NEXT_POLL, Actors.of(session));
        Audit.record(activity, session, "deploy", target.toString(), "profiles " + profileIds + ": " + result.description());
        System.out.println(result.description() + ": " + result.deviceCount() + " devices affected, applied at their next poll");
        return null;
    }
}
