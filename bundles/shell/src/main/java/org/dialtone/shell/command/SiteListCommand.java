package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.inventory.PublicSubnet;
import org.dialtone.api.inventory.Site;
import org.dialtone.api.inventory.SiteService;

@Command(scope = "dialtone", name = "site-list", description = "Lists sites with their subnets and device counts")
@Service
public class SiteListCommand implements Action {
    @Reference
    private SiteService sites;

    @Option(name = "-q", aliases = "--search", description = "Only sites whose name, description or location contains this")
    private String search;

    @Option(name = "--offset", description = "Skip this many sites")
    private int offset;

    @Option(name = "--limit", description = "Show at most this many sites (up to 500)")
    private int limit = 100;

    @Override
    public Object execute() {
        Page<Site> page = sites.list(search, new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Site");
        table.column("Location");
        table.column("Subnets (public > private)");
        table.column("Devices").alignRight();
        for (Site site : page.items()) {
            table.addRow().addContent(site.id(), site.name() + (site.builtIn() != null ? " *" : ""),
                    site.location() == null ? "" : site.location(), subnets(site), site.deviceCount());
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " sites (* built in)");
        return null;
    }

    private static String subnets(Site site) {
        StringBuilder sb = new StringBuilder();
        for (PublicSubnet pub : site.publicSubnets()) {
            sb.append(sb.length() == 0 ? "" : "; ").append(pub.ipAddress()).append('/').append(pub.maskLength());
            if (!pub.privateSubnets().isEmpty()) {
                sb.append(" > ");
                pub.privateSubnets().forEach(p -> sb.append(p.ipAddress()).append('/').append(p.maskLength()).append(' '));
            }
        }
        return sb.toString().strip();
    }
}
