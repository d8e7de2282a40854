package org.dialtone.shell.command;

import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.DeviceSort;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.software.SoftwareState;

@Command(scope = "dialtone", name = "device-list", description = "Lists devices like the Device Monitor")
@Service
public class DeviceListCommand extends DeviceFilterOptions {
    @Reference
    private DeviceService devices;


    @Option(name = "--software", description = "Only devices in this software state: none, up-to-date, pending, failing")
    @Completion(SoftwareStateCompleter.class)
    private String software;

    @Option(name = "--registration", description = "Only devices whose SIP registration is this: registered, partial, unregistered, unknown")
    @Completion(value = org.apache.karaf.shell.support.completers.StringsCompleter.class, values = {"registered", "partial", "unregistered", "unknown"})
    private String registration;

    @Option(name = "--call", description = "Only devices whose call status is this: in_call, idle, unknown")
    @Completion(value = org.apache.karaf.shell.support.completers.StringsCompleter.class, values = {"in_call", "idle", "unknown"})
    private String call;

    @Option(name = "--sort", description = "name, mac, model, site, lastSeen, registration, callStatus, ...")
    private String sort;

    @Option(name = "--offset", description = "Skip this many devices")
    private int offset;

    @Option(name = "--limit", description = "Show at most this many devices (up to 500)")
    private int limit = 50;

    @Override
    public Object execute() {
        DeviceQuery query = new DeviceQuery(search, null, null, siteId, groupId, null, DeviceSort.parse(sort), false,
                SoftwareState.parse("--software", software), null, org.dialtone.api.inventory.SipRegistration.parse("--registration", registration),
                org.dialtone.api.inventory.CallStatus.parse("--call", call));
        Page<Device> page = devices.find(query, new PageRequest(offset, limit));
        ShellTable table = new ShellTable();
        table.column("Id").alignRight();
        table.column("Name");
        table.column("MAC");
        table.column("Serial");
        table.column("Type");
        table.column("Model");
        table.column("Site");
        table.column("Public IP");
        table.column("Status");
        table.column("SIP");
        table.column("Call");
        table.column("Firmware");
        table.column("Software");
        for (Device d : page.items()) {
            table.addRow().addContent(d.id(), text(d.name()), text(d.mac()), text(d.serialNumber()),
                    text(d.type()), text(d.model()), d.siteName(), text(d.publicIp()),
                    d.driverMissing() ? "DRIVER MISSING" : d.status(), d.registration(), d.callStatus(), text(d.softwareVersion()), software(d));
        }
        table.print(System.out);
        System.out.println(page.items().size() + " of " + page.total() + " devices");
        // What the drivers know of these models, once per note with the devices it concerns.
        java.util.Map<String, java.util.List<Long>> notes = new java.util.LinkedHashMap<>();
        page.items().stream().filter(d -> d.modelNote() != null)
                .forEach(d -> notes.computeIfAbsent(d.modelNote(), n -> new java.util.ArrayList<>()).add(d.id()));
        notes.forEach((note, ids) -> System.out.println("Note for " + (ids.size() == 1 ? "device " : "devices ")
                + ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", ")) + ": " + note));
        return null;
    }

    private static String software(Device d) {
        return d.softwareUpdate() == null ? "" : d.softwareUpdate().state() + " (" + d.softwareUpdate().version() + ")";
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
