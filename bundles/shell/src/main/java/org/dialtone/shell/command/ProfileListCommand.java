package org.dialtone.shell.command;

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileQuery;
import org.dialtone.api.profiles.ProfileService;
import org.dialtone.api.profiles.ProfileType;

@Command(scope = "dialtone", name = "profile-list", description = "Lists configuration profiles")
@Service
public class ProfileListCommand implements Action {
    @Reference
    private ProfileService profiles;

    @Option(name = "-q", aliases = "--search", description = "Only profiles whose name or description contains this")
    private String search;

    @Option(name = "--type", description = "standard, template, user_defined, user_imported or software")
    private String type;

    @Option(name = "--limit", description = "Show at most this many profiles (up to 500)")
    private int limit = 100;

    @Override
    public Object execute() {
        ProfileType profileType = type == null ? null : ProfileType.valueOf(type.toUpperCase(Locale.ROOT).replace('-', '_'));
        Page<Profile> page = profiles.list(new ProfileQuery(search, profileType, false), new PageRequest(0, limit));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Profile");
        table.column("Type");
        table.column("Parameters").alignRight();
        table.column("Modified by");
        table.column("Modified at");
        for (Profile p : page.items()) {
            table.addRow().addContent(p.id(), p.name(), p.type(), p.attributeCount(), p.modifiedBy(), p.modifiedAt());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " profiles");
        return null;
    }
}
