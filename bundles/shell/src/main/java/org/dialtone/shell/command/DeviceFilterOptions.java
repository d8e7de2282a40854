package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;

/** The Device Monitor's search and its site and group filters, shared by the commands that act on a device list. */
abstract class DeviceFilterOptions implements Action {
    @Option(name = "-q", aliases = "--search", description = "Name, MAC, serial, IP, model or description contains this")
    protected String search;

    @Option(name = "--site", description = "Only devices of this site id")
    @Completion(SiteIdCompleter.class)
    protected Long siteId;

    @Option(name = "--group", description = "Only devices in this device group id")
    @Completion(GroupIdCompleter.class)
    protected Long groupId;
}
