package org.dialtone.inventory.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceChange;
import org.dialtone.api.inventory.DeviceDraft;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceIdentity;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.inventory.DeviceTypes;
import org.dialtone.api.inventory.ImportReport;
import org.dialtone.api.inventory.ImportSeparator;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.store.DeviceGroupRepository;
import org.dialtone.store.DeviceRepository;
import org.dialtone.store.DeviceRepository.ImportedDevice;
import org.dialtone.store.ImportReportRepository;
import org.dialtone.store.RowResult;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = DeviceService.class)
public class DeviceServiceImpl implements DeviceService {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceServiceImpl.class);

    private final DeviceRepository devices;
    private final DeviceGroupRepository groups;
    private final ImportReportRepository reports;
    private final SiteLocator sites;
    private final DeviceTypes types;

    @Activate
    public DeviceServiceImpl(@Reference DeviceRepository devices, @Reference DeviceGroupRepository groups,
                             @Reference ImportReportRepository reports, @Reference SiteLocator sites, @Reference DeviceTypes types) {
        this.types = types;
        this.devices = devices;
        this.groups = groups;
        this.reports = reports;
        this.sites = sites;
    }

    @Override
    public Page<Device> find(DeviceQuery query, PageRequest page) {
        Page<Device> found = devices.find(resolved(query), page);
        return new Page<>(found.items().stream().map(this::withDriverState).toList(), found.total(), found.offset(), found.limit());
    }

    @Override
    public Device get(long id) {
        return withDriverState(devices.get(id));
    }

    /** The type filter as the stored label, whatever spelling or CSV endpoint type the admin used. */
    private DeviceQuery resolved(DeviceQuery query) {
        String type = query.type() == null ? null : types.find(query.type()).map(DeviceType::label).orElse(query.type().strip());
        return new DeviceQuery(query.search(), type, query.model(), query.siteId(), query.groupId(), query.status(), query.sort(),
                query.descending(), query.softwareState(), query.softwareImageId(), query.registration(), query.callStatus(), query.withinSites());
    }

    @Override
    public java.util.Optional<Device> findByIdentity(String mac, String serialNumber) {
        return devices.findByIdentity(mac, serialNumber).map(this::withDriverState);
    }

    private Device withDriverState(Device device) {
        boolean missing = device.family() != null && !types.driverPresent(device.family());
        return device.withDriverMissing(missing)
                .withModelNote(missing ? null : types.modelNote(device.family(), device.model(), device.softwareVersion()).orElse(null));
    }

    @Override
    public Device create(DeviceDraft draft, String actor) {
        if (draft.type() == null || draft.type().isBlank()) {
            throw new InvalidInputException("type", "is required: one of " + types.allowed());
        }
        DeviceType type = types.find(draft.type()).orElseThrow(() -> new InvalidInputException("type",
                "'" + draft.type() + "' is not a device type of an installed driver; use one of " + types.allowed()));
        String mac = Identities.mac("mac", draft.mac());
        String serial = Identities.serial("serialNumber", draft.serialNumber());
        if (type.serialIdentified() && serial == null) {
            throw new InvalidInputException("serialNumber", "is required for " + type.label() + ", which is identified by its serial number");
        }
        if (!type.serialIdentified() && mac == null) {
            throw new InvalidInputException("mac", "is required for " + type.label() + " devices, such as 0004f23ea4e1");
        }
        String model = model(type, draft.model());
        String name = Names.optional("name", draft.name());
        String description = Names.text("description", draft.description(), 1024);
        Device device = devices.create(new DeviceRepository.NewDevice(type, model, mac, serial, name, description,
                SiteServiceImpl.INTERNET_ID, "MANUAL", Instant.now()), draft.groupIds());
        LOG.info("Device {} added by {}", device.id(), actor);
        return device;
    }

    /** A model of the type's driver, stored as its devices report it; none is fine (the device says on first contact). */
    private String model(DeviceType type, String text) {
        String given = Names.text("model", text, 64);
        if (given == null) {
            return null;
        }
        return types.model(type.family(), given).map(org.dialtone.api.inventory.DeviceModelInfo::model).orElseThrow(() ->
                new InvalidInputException("model", "'" + given + "' is not a " + type.label() + " model the installed driver knows; one of "
                        + String.join(", ", types.models().stream().filter(m -> m.family().equals(type.family()))
                        .map(org.dialtone.api.inventory.DeviceModelInfo::displayName).toList())));
    }

    @Override
    public Device update(long id, DeviceChange change, String actor) {
        Device current = devices.get(id);
        String name = change.name() == null ? current.name() : Names.optional("name", change.name());
        String description = change.description() == null ? current.description() : Names.text("description", change.description(), 1024);
        String privateIp = current.privateIp();
        if (change.privateIp() != null) {
            privateIp = change.privateIp().isBlank() ? null : address("privateIp", change.privateIp());
        }
        long siteId = current.publicIp() == null ? current.siteId() : sites.siteOf(current.publicIp(), privateIp);
        Device updated = devices.update(id, change.expectedVersion(), name, privateIp, description, siteId);
        // The device's next request sees the new name (pushed to families that take it from the server).
        recentContacts.remove(contactKey(current));
        return updated;
    }

    @Override
    public void delete(long id, String actor) {
        Device device = devices.get(id);
        devices.delete(id);
        recentContacts.clear();
        LOG.info("Device {} deleted by {}", id, actor);
        for (org.dialtone.api.inventory.DeviceRemoval removal : removals) {
            try {
                removal.deleted(device);
            } catch (RuntimeException e) {
                LOG.warn("What device {} left behind could not all be removed: {}", id, e.toString());
            }
        }
    }

    @Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.MULTIPLE,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            fieldOption = org.osgi.service.component.annotations.FieldOption.UPDATE)
    private final List<org.dialtone.api.inventory.DeviceRemoval> removals = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public List<DeviceGroup> groupsOf(long id) {
        return devices.groupsOf(id);
    }

    @Override
    public List<DeviceGroup> setGroups(long id, List<Long> groupIds, String actor) {
        devices.setGroups(id, groupIds == null ? List.of() : groupIds);
        return devices.groupsOf(id);
    }

    @Override
    public List<DeviceAttribute> attributes(long id) {
        return devices.attributes(id);
    }

    @Override
    public ImportReport importCsv(InputStream csv, ImportSeparator separator, DeviceImportMode mode, String actor) {
        DeviceCsv.Parsed parsed = DeviceCsv.parse(CsvText.read(csv, separator), types);
        List<String> names = parsed.devices().stream().flatMap(d -> d.groupNames().stream()).distinct().toList();
        Map<String, Long> groupIds = groups.idsByName(names);
        List<ImportedDevice> rows = new ArrayList<>();
        for (DeviceCsv.Row row : parsed.devices()) {
            List<Long> ids = new ArrayList<>();
            List<String> warnings = new ArrayList<>();
            for (String group : row.groupNames()) {
                Long groupId = groupIds.get(group.toLowerCase(Locale.ROOT));
                if (groupId == null) {
                    warnings.add("endpoint_group " + group + " does not exist, so the device was not added to it; create the group and import again");
                } else {
                    ids.add(groupId);
                }
            }
            rows.add(new ImportedDevice(row.line(), row.mac(), row.serialNumber(), row.type(), row.name(), ids, row.attributes(), warnings));
        }
        ImportReport report = devices.importDevices(rows, mode, actor, applied -> {
            List<RowResult> results = new ArrayList<>(parsed.failures());
            applied.forEach(row -> results.add(DeviceImportResults.of(row)));
            results.sort(Comparator.comparingInt(RowResult::line));
            return reports.save("devices", parsed.separator(), parsed.rows(), results, actor);
        });
        LOG.info("Device import {} by {} ({}): {} created, {} updated, {} skipped, {} failed", report.id(), actor, mode,
                report.created(), report.updated(), report.skipped(), report.failed());
        return report;
    }

    /** Devices whose contact was written recently, so that a booting phone's dozen requests cost one write, not twelve. */
    private final java.util.concurrent.ConcurrentHashMap<String, Recent> recentContacts = new java.util.concurrent.ConcurrentHashMap<>();
    private static final long CONTACT_WRITE_MILLIS = 30_000;
    private static final int RECENT_CONTACTS_MAX = 100_000;

    private record Recent(Device device, String publicIp, String firmware, long writtenAt, boolean provisioned) {
    }

    /** A device's requests carry its MAC, or only its serial number when its family is known by that. */
    private static String contactKey(String mac, String serialNumber) {
        return contactKey(DeviceIdentity.of(mac, serialNumber, false));
    }

    private static String contactKey(DeviceIdentity identity) {
        return identity.bySerialNumber() ? "sn:" + identity.serialNumber() : identity.mac();
    }

    private static String contactKey(Device device) {
        return contactKey(device.identity());
    }

    @Override
    public Device recordContact(org.dialtone.api.inventory.DeviceContact contact) {
        String identity = contactKey(contact.mac(), contact.serialNumber());
        Recent recent = recentContacts.get(identity);
        long now = System.currentTimeMillis();
        // A boot fetches the master configuration twice (updater, then application) within seconds: one write.
        if (recent != null && (!contact.provisioning() || recent.provisioned()) && now - recent.writtenAt() < CONTACT_WRITE_MILLIS
                && java.util.Objects.equals(recent.publicIp(), contact.publicIp())
                && (contact.firmwareVersion() == null || contact.firmwareVersion().equals(recent.firmware()))) {
            return recent.device();
        }
        Device device = writeContact(contact);
        if (recentContacts.size() > RECENT_CONTACTS_MAX) {
            recentContacts.clear();
        }
        recentContacts.put(identity, new Recent(device, contact.publicIp(), device.softwareVersion(), now,
                contact.provisioning() || recent != null && recent.provisioned() && now - recent.writtenAt() < CONTACT_WRITE_MILLIS));
        return device;
    }

    private Device writeContact(org.dialtone.api.inventory.DeviceContact contact) {
        String key = null;
        try {
            key = contact.publicIp() == null ? null : IpSubnet.key(IpSubnet.parseAddress(contact.publicIp()));
        } catch (IllegalArgumentException e) {
            LOG.debug("Device contact from an address that is not an IP literal: {}", contact.publicIp());
        }
        String publicIp = key == null ? null : contact.publicIp();
        // The private address an admin or a CSV gave the device counts on every contact (guide: Adding a Site, A-1/A-2).
        // A device that comes by itself joins the default device groups, in their order (guide: Default Device Groups).
        return devices.contact(contact, key, privateIp -> sites.siteOf(publicIp, privateIp), groups::defaultGroupIds);
    }

    @Override
    public void recordProvisionFailed(long id) {
        devices.provisionFailed(id);
        // The device's next successful fetch must be written, not skipped as a repeat.
        if (recentContacts.size() < 10_000) {
            recentContacts.values().removeIf(r -> r.device().id() == id);
        } else {
            recentContacts.clear();
        }
    }

    @Override
    public Device recordSoftwareTarget(long id, Long imageId, String version) {
        Device device = devices.softwareTarget(id, imageId, version);
        // The remembered contact answers the device's next requests: it must know the new target, or each would write it again.
        recentContacts.computeIfPresent(contactKey(device),
                (k, r) -> new Recent(device, r.publicIp(), r.firmware(), r.writtenAt(), r.provisioned()));
        return device;
    }

    @Override
    public org.dialtone.api.inventory.DeviceSummary summary(int top) {
        return devices.summary(top);
    }

    @Override
    public List<org.dialtone.api.software.SoftwareTally> softwareTally() {
        return devices.softwareTally();
    }

    @Override
    public void exportCsv(DeviceQuery query, ImportSeparator separator, OutputStream out) throws IOException {
        char sep = separator == null ? ',' : separator.character();
        try (DeviceCsv.Writer writer = new DeviceCsv.Writer(out, sep, devices.attributeNames(resolved(query)))) {
            devices.export(resolved(query), device -> {
                try {
                    writer.write(device);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static String address(String field, String text) {
        try {
            IpSubnet.parseAddress(text);
            return text.strip();
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, e.getMessage());
        }
    }
}
