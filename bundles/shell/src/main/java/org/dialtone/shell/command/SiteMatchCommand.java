package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.dialtone.api.inventory.SiteMatch;
import org.dialtone.api.inventory.SiteService;

@Command(scope = "dialtone", name = "site-match", description = "Shows which site a device with these addresses belongs to, and why")
@Service
public class SiteMatchCommand implements Action {
    @Reference
    private SiteService sites;

    @Argument(index = 0, name = "public", required = true, description = "The device's public IP address")
    private String publicIp;

    @Argument(index = 1, name = "private", description = "The device's private IP address")
    private String privateIp;

    @Override
    public Object execute() {
        SiteMatch match = sites.match(publicIp, privateIp);
        System.out.println(match.siteName() + " (id " + match.siteId() + "): " + match.reason());
        return null;
    }
}
