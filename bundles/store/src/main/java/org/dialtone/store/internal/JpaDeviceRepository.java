package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.persistence.EntityManager;
import javax.persistence.TypedQuery;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.ConflictException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceSummary;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.store.DeviceRepository;
import org.dialtone.store.RowResult;
import org.dialtone.store.RowResult.Outcome;
import org.dialtone.store.SchemaReady;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

@Component(service = DeviceRepository.class)
public class JpaDeviceRepository implements DeviceRepository {
    private static final int EXPORT_PAGE = 1000;
    private final JpaTemplate jpa;

    @Activate
    public JpaDeviceRepository(@Reference(target = "(osgi.unit.name=dialtone)") JpaTemplate jpa,
                               @Reference SchemaReady schema) {
        this.jpa = jpa;
    }

    @Override
    public Page<Device> find(DeviceQuery query, PageRequest page) {
        return Jpa.tx(jpa, "device", em -> {
            Filter filter = Filter.of(query);
            TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM DeviceEntity d WHERE " + filter.where, Long.class);
            filter.bind(count);
            long total = count.getSingleResult();
            if (total == 0 || page.offset() >= total) {
                return new Page<>(List.of(), total, page.offset(), page.limit());
            }
            TypedQuery<Object[]> q = em.createQuery("SELECT d, s.name FROM DeviceEntity d, SiteEntity s WHERE d.siteId = s.id AND "
                    + filter.where + " ORDER BY " + orderBy(query), Object[].class);
            filter.bind(q);
            List<Device> items = q.setFirstResult(page.offset()).setMaxResults(page.limit()).getResultList().stream()
                    .map(r -> toDevice((DeviceEntity) r[0], (String) r[1])).toList();
            return new Page<>(items, total, page.offset(), page.limit());
        });
    }

    @Override
    public Device get(long id) {
        return Jpa.tx(jpa, "device", em -> load(em, id));
    }

    @Override
    public Device create(NewDevice device, List<Long> groupIds) {
        return Jpa.tx(jpa, "device", em -> {
            requireFreeIdentity(em, device.mac(), device.serialNumber());
            DeviceEntity entity = new DeviceEntity();
            entity.mac = device.mac();
            entity.serialNumber = device.serialNumber();
            entity.setType(device.type());
            entity.model = device.model();
            entity.name = device.name();
            entity.description = device.description();
            entity.siteId = device.siteId();
            entity.status = DeviceStatus.OFFLINE.name();
            entity.addedBy = device.addedBy();
            entity.createdAt = Jpa.utc(device.createdAt()).withNano(0);
            entity.refreshSearchText();
            em.persist(entity);
            em.flush();
            replaceGroups(em, entity.id, groupIds);
            return load(em, entity.id);
        });
    }

    @Override
    public Device update(long id, Long expectedVersion, String name, String privateIp, String description, long siteId) {
        return Jpa.tx(jpa, "device", em -> {
            DeviceEntity entity = find(em, id);
            Jpa.expectVersion(entity, entity.version, expectedVersion, "device");
            entity.name = name;
            entity.privateIp = privateIp;
            entity.description = description;
            entity.siteId = siteId;
            entity.refreshSearchText();
            entity.edited();
            ConfigChanges.record(em, "DEVICE", id);
            em.flush();
            return load(em, id);
        });
    }

    @Override
    public Device contact(org.dialtone.api.inventory.DeviceContact c, String publicIpKey, java.util.function.ToLongFunction<String> siteByPrivateIp,
                          java.util.function.Supplier<List<Long>> groupsOfNewDevice) {
        return Jpa.tx(jpa, "device", em -> {
            List<DeviceEntity> found = c.mac() != null
                    ? em.createQuery("SELECT d FROM DeviceEntity d WHERE d.mac = :id", DeviceEntity.class).setParameter("id", c.mac()).getResultList()
                    : em.createQuery("SELECT d FROM DeviceEntity d WHERE d.serialNumber = :id", DeviceEntity.class).setParameter("id", c.serialNumber()).getResultList();
            DeviceEntity device = found.isEmpty() ? null : found.get(0);
            boolean created = device == null;
            if (created) {
                device = new DeviceEntity();
                device.mac = c.mac();
                device.serialNumber = c.serialNumber();
                device.addedBy = "AUTO";
                device.createdAt = Jpa.now();
            }
            long siteId = siteByPrivateIp.applyAsLong(device.privateIp);
            boolean moved = !created && device.siteId != siteId;
            device.setType(c.type());
            device.model = c.model() == null ? device.model : c.model();
            if (c.firmwareVersion() != null) {
                device.softwareVersion = c.firmwareVersion();
            }
            if (c.provisioning()) {
                // An earlier boot stage names no application version: the one the device last ran counts.
                device.softwareReported(device.softwareVersion);
            }
            if (created && c.serialNumber() != null) {
                device.serialNumber = c.serialNumber();
            }
            device.publicIp = c.publicIp();
            device.publicIpKey = publicIpKey;
            device.siteId = siteId;
            boolean cameBack = !created && DeviceStatus.OFFLINE.name().equals(device.status) && device.lastSeen != null;
            device.status = DeviceStatus.ONLINE.name();
            device.lastSeen = Jpa.now();
            if (cameBack) {
                em.persist(DeviceStateChangeEntity.of(device.id, device.lastSeen, DeviceStatus.ONLINE.name(), "heard from by provisioning"));
            }
            if (c.provisioning()) {
                device.lastProvisionAt = device.lastSeen;
                device.lastProvisionResult = "SUCCESS";
            }
            device.refreshSearchText();
            if (created) {
                em.persist(device);
                em.flush();
                List<Long> groups = groupsOfNewDevice.get();
                for (int i = 0; i < groups.size(); i++) {
                    em.persist(new GroupMemberEntity(device.id, groups.get(i), i + 1));
                }
            } else if (moved) {
                ConfigChanges.record(em, "DEVICE", device.id);
            }
            em.flush();
            SiteEntity site = em.find(SiteEntity.class, device.siteId);
            return toDevice(device, site == null ? null : site.name);
        });
    }

    @Override
    public Device softwareTarget(long id, Long imageId, String version) {
        return Jpa.tx(jpa, "device", em -> {
            DeviceEntity device = find(em, id);
            device.softwareTarget(imageId, version);
            em.flush();
            return load(em, id);
        });
    }

    @Override
    public List<org.dialtone.api.software.SoftwareTally> softwareTally() {
        return Jpa.tx(jpa, "device", em -> em.createQuery("SELECT d.softwareTargetId, d.softwareState, COUNT(d) FROM DeviceEntity d "
                        + "GROUP BY d.softwareTargetId, d.softwareState", Object[].class).getResultList().stream()
                .map(r -> new org.dialtone.api.software.SoftwareTally((Long) r[0], org.dialtone.api.software.SoftwareState.valueOf((String) r[1]), ((Number) r[2]).longValue()))
                .toList());
    }

    @Override
    public DeviceSummary summary(int top) {
        String counts = "COUNT(d), SUM(CASE WHEN d.status = 'ONLINE' THEN 1 ELSE 0 END)";
        return Jpa.tx(jpa, "device", em -> {
            List<DeviceSummary.Tally> byType = tallies(em.createQuery("SELECT NULL, d.deviceType, " + counts
                    + " FROM DeviceEntity d GROUP BY d.deviceType ORDER BY d.deviceType", Object[].class).getResultList());
            List<DeviceSummary.Tally> byModel = tallies(em.createQuery("SELECT NULL, d.model, " + counts
                    + " FROM DeviceEntity d GROUP BY d.model ORDER BY d.model", Object[].class).getResultList());
            List<DeviceSummary.Tally> bySite = tallies(em.createQuery("SELECT s.id, s.name, " + counts
                    + " FROM DeviceEntity d, SiteEntity s WHERE d.siteId = s.id GROUP BY s.id, s.name ORDER BY COUNT(d) DESC, s.name",
                    Object[].class).setMaxResults(top).getResultList());
            List<DeviceSummary.Tally> byGroup = tallies(em.createQuery("SELECT g.id, g.name, " + counts
                    + " FROM GroupMemberEntity m, DeviceEntity d, DeviceGroupEntity g WHERE m.deviceId = d.id AND m.groupId = g.id"
                    + " GROUP BY g.id, g.name ORDER BY COUNT(d) DESC, g.name", Object[].class).setMaxResults(top).getResultList());
            long devices = byType.stream().mapToLong(DeviceSummary.Tally::devices).sum();
            long online = byType.stream().mapToLong(DeviceSummary.Tally::online).sum();
            DeviceSummary states = states(em);
            return new DeviceSummary(devices, online, byType, byModel, bySite, byGroup, states.byRegistration(), states.byCallStatus());
        });
    }

    @Override
    public DeviceSummary states() {
        return Jpa.tx(jpa, "device", JpaDeviceRepository::states);
    }

    private static DeviceSummary states(EntityManager em) {
        List<Object[]> rows = em.createQuery("SELECT d.registration, d.callStatus, COUNT(d), SUM(CASE WHEN d.status = 'ONLINE' THEN 1 ELSE 0 END)"
                + " FROM DeviceEntity d GROUP BY d.registration, d.callStatus", Object[].class).getResultList();
        long devices = rows.stream().mapToLong(r -> ((Number) r[2]).longValue()).sum();
        long online = rows.stream().mapToLong(r -> r[3] == null ? 0 : ((Number) r[3]).longValue()).sum();
        return new DeviceSummary(devices, online, List.of(), List.of(), List.of(), List.of(),
                folded(rows, 0, org.dialtone.api.inventory.SipRegistration.values()), folded(rows, 1, org.dialtone.api.inventory.CallStatus.values()));
    }

    /** The rows' counts by their column {@code at}, one tally per value (empty ones too), in the values' order. */
    private static List<DeviceSummary.Tally> folded(List<Object[]> rows, int at, Enum<?>[] values) {
        return java.util.Arrays.stream(values).map(value -> {
            long devices = 0;
            long online = 0;
            for (Object[] r : rows) {
                if (value.name().equals(r[at])) {
                    devices += ((Number) r[2]).longValue();
                    online += r[3] == null ? 0 : ((Number) r[3]).longValue();
                }
            }
            return new DeviceSummary.Tally(null, value.name(), devices, online);
        }).toList();
    }

    private static List<DeviceSummary.Tally> tallies(List<Object[]> rows) {
        return rows.stream().map(r -> new DeviceSummary.Tally(r[0] == null ? null : ((Number) r[0]).longValue(), (String) r[1],
                ((Number) r[2]).longValue(), r[3] == null ? 0 : ((Number) r[3]).longValue())).toList();
    }

    @Override
    public void provisionFailed(long id) {
        Jpa.tx(jpa, "device", em -> em.createQuery("UPDATE DeviceEntity d SET d.lastProvisionResult = 'FAILED' WHERE d.id = :id")
                .setParameter("id", id).executeUpdate());
    }

    @Override
    public void delete(long id) {
        Jpa.tx(jpa, "device", em -> {
            em.remove(find(em, id));
            em.createQuery("DELETE FROM DeploymentEntity d WHERE d.containerType = 'DEVICE' AND d.containerKey = :key")
                    .setParameter("key", Long.toString(id)).executeUpdate();
            ConfigChanges.record(em, "DEVICE", id);
            return null;
        });
    }

    @Override
    public List<DeviceGroup> groupsOf(long id) {
        return Jpa.tx(jpa, "device", em -> {
            find(em, id);
            return groupsOf(em, id);
        });
    }

    @Override
    public void setGroups(long id, List<Long> groupIds) {
        Jpa.tx(jpa, "device", em -> {
            find(em, id).edited();
            replaceGroups(em, id, groupIds);
            ConfigChanges.record(em, "DEVICE", id);
            return null;
        });
    }

    @Override
    public List<DeviceAttribute> attributes(long id) {
        return Jpa.tx(jpa, "device", em -> {
            find(em, id);
            return em.createQuery("SELECT a FROM DeviceAttributeEntity a WHERE a.deviceId = :id ORDER BY a.position", DeviceAttributeEntity.class)
                    .setParameter("id", id).getResultList().stream().map(a -> new DeviceAttribute(a.name, a.value)).toList();
        });
    }

    @Override
    public <T> T importDevices(List<ImportedDevice> rows, DeviceImportMode mode, String actor, java.util.function.Function<List<ImportedRow>, T> report) {
        return Jpa.tx(jpa, "device", em -> report.apply(new DeviceImport(em, mode, actor).apply(rows)));
    }

    @Override
    public List<ImportedRow> importDevices(List<ImportedDevice> rows, DeviceImportMode mode, String actor) {
        return Jpa.tx(jpa, "device", em -> new DeviceImport(em, mode, actor).apply(rows));
    }

    @Override
    public List<String> attributeNames(DeviceQuery query) {
        return Jpa.tx(jpa, "device", em -> {
            Filter filter = Filter.of(query);
            TypedQuery<Object[]> q = em.createQuery("SELECT a.name, MIN(a.position), MIN(a.deviceId) FROM DeviceAttributeEntity a WHERE a.deviceId IN "
                    + "(SELECT d.id FROM DeviceEntity d WHERE " + filter.where + ") GROUP BY a.name", Object[].class);
            filter.bind(q);
            return q.getResultList().stream()
                    .sorted(Comparator.<Object[]>comparingInt(r -> ((Number) r[1]).intValue())
                            .thenComparingLong(r -> ((Number) r[2]).longValue())
                            .thenComparing(r -> (String) r[0]))
                    .map(r -> (String) r[0]).toList();
        });
    }

    @Override
    public void export(DeviceQuery query, Consumer<ExportedDevice> sink) {
        long after = -1;
        while (true) {
            long from = after;
            List<ExportedDevice> page = Jpa.tx(jpa, "device", em -> exportPage(em, query, from));
            page.forEach(sink);
            if (page.size() < EXPORT_PAGE) {
                return;
            }
            after = page.get(page.size() - 1).device().id();
        }
    }

    private List<ExportedDevice> exportPage(EntityManager em, DeviceQuery query, long after) {
        Filter filter = Filter.of(query);
        TypedQuery<Object[]> q = em.createQuery("SELECT d, s.name FROM DeviceEntity d, SiteEntity s WHERE d.siteId = s.id AND "
                + filter.where + " AND d.id > :after ORDER BY d.id", Object[].class);
        filter.bind(q);
        List<Object[]> rows = q.setParameter("after", after).setMaxResults(EXPORT_PAGE).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> ((DeviceEntity) r[0]).id).toList();
        Map<Long, List<String>> groups = new HashMap<>();
        em.createQuery("SELECT m.deviceId, g.name FROM GroupMemberEntity m, DeviceGroupEntity g WHERE m.groupId = g.id "
                        + "AND m.deviceId IN :ids ORDER BY m.deviceId, m.priority", Object[].class)
                .setParameter("ids", ids).getResultList()
                .forEach(r -> groups.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
        Map<Long, List<DeviceAttribute>> attributes = new HashMap<>();
        em.createQuery("SELECT a FROM DeviceAttributeEntity a WHERE a.deviceId IN :ids ORDER BY a.deviceId, a.position", DeviceAttributeEntity.class)
                .setParameter("ids", ids).getResultList()
                .forEach(a -> attributes.computeIfAbsent(a.deviceId, k -> new ArrayList<>()).add(new DeviceAttribute(a.name, a.value)));
        return rows.stream().map(r -> {
            Device device = toDevice((DeviceEntity) r[0], (String) r[1]);
            return new ExportedDevice(device, groups.getOrDefault(device.id(), List.of()), attributes.getOrDefault(device.id(), List.of()));
        }).toList();
    }

    static DeviceEntity find(EntityManager em, long id) {
        DeviceEntity entity = em.find(DeviceEntity.class, id);
        if (entity == null) {
            throw new NotFoundException("There is no device with id " + id + "; list the devices to find the right one");
        }
        return entity;
    }

    @Override
    public java.util.Optional<Device> findByIdentity(String mac, String serialNumber) {
        if (mac == null && serialNumber == null) {
            return java.util.Optional.empty();
        }
        return Jpa.tx(jpa, "device", em -> {
            String where = mac != null ? "d.mac = :id" : "d.serialNumber = :id";
            List<Object[]> rows = em.createQuery("SELECT d, s.name FROM DeviceEntity d, SiteEntity s WHERE d.siteId = s.id AND " + where,
                    Object[].class).setParameter("id", mac != null ? mac : serialNumber).getResultList();
            return rows.stream().findFirst().map(r -> toDevice((DeviceEntity) r[0], (String) r[1]));
        });
    }

    private static Device load(EntityManager em, long id) {
        List<Object[]> rows = em.createQuery("SELECT d, s.name FROM DeviceEntity d, SiteEntity s WHERE d.siteId = s.id AND d.id = :id", Object[].class)
                .setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("There is no device with id " + id + "; list the devices to find the right one");
        }
        return toDevice((DeviceEntity) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    private static void requireFreeIdentity(EntityManager em, String mac, String serial) {
        if (mac != null && !em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.mac = :mac", Long.class)
                .setParameter("mac", mac).getResultList().isEmpty()) {
            throw new ConflictException("A device with MAC address " + mac + " already exists; edit that device instead");
        }
        if (serial != null && !em.createQuery("SELECT d.id FROM DeviceEntity d WHERE d.serialNumber = :sn", Long.class)
                .setParameter("sn", serial).getResultList().isEmpty()) {
            throw new ConflictException("A device with serial number " + serial + " already exists; edit that device instead");
        }
    }

    static void replaceGroups(EntityManager em, long deviceId, List<Long> groupIds) {
        em.createQuery("DELETE FROM GroupMemberEntity m WHERE m.deviceId = :id").setParameter("id", deviceId).executeUpdate();
        List<Long> distinct = new ArrayList<>(new LinkedHashSet<>(groupIds));
        JpaDeviceGroupRepository.requireGroups(em, distinct);
        for (int i = 0; i < distinct.size(); i++) {
            em.persist(new GroupMemberEntity(deviceId, distinct.get(i), i + 1));
        }
        em.flush();
    }

    static List<DeviceGroup> groupsOf(EntityManager em, long deviceId) {
        List<DeviceGroupEntity> groups = em.createQuery("SELECT g FROM GroupMemberEntity m, DeviceGroupEntity g "
                        + "WHERE m.groupId = g.id AND m.deviceId = :id ORDER BY m.priority", DeviceGroupEntity.class)
                .setParameter("id", deviceId).getResultList();
        return JpaDeviceGroupRepository.toGroups(em, groups);
    }

    static Device toDevice(DeviceEntity d, String siteName) {
        return new Device(d.id, d.mac, d.serialNumber, d.family, d.deviceType, d.serialIdentified, d.model,
                d.name, d.description, d.publicIp, d.privateIp, d.siteId, siteName, d.softwareVersion,
                DeviceStatus.valueOf(d.status), Jpa.instant(d.lastSeen), d.addedBy, Jpa.instant(d.createdAt), d.version,
                Jpa.instant(d.lastProvisionAt), d.lastProvisionResult, false, d.softwareUpdate(), null,
                org.dialtone.api.inventory.SipRegistration.valueOf(d.registration), org.dialtone.api.inventory.CallStatus.valueOf(d.callStatus));
    }

    private static String orderBy(DeviceQuery query) {
        String column = switch (query.sort()) {
            case NAME -> "d.name";
            case MAC -> "d.mac";
            case SERIAL -> "d.serialNumber";
            case MODEL -> "d.model";
            case TYPE -> "d.deviceType";
            case SITE -> "s.nameKey";
            case PUBLIC_IP -> "d.publicIpKey";
            case PRIVATE_IP -> "d.privateIp";
            case SOFTWARE_VERSION -> "d.softwareVersion";
            case STATUS -> "d.status";
            case LAST_SEEN -> "d.lastSeen";
            case CREATED -> "d.createdAt";
            case REGISTRATION -> "d.registration";
            case CALL_STATUS -> "d.callStatus";
        };
        String direction = query.descending() ? " DESC" : " ASC";
        return column + direction + ", d.id" + direction;
    }

    /** The WHERE clause of a device query and its parameters. */
    record Filter(String where, Map<String, Object> parameters) {
        static Filter of(DeviceQuery query) {
            List<String> clauses = new ArrayList<>();
            Map<String, Object> parameters = new LinkedHashMap<>();
            clauses.add("1 = 1");
            if (query.search() != null && !query.search().isBlank()) {
                clauses.add("d.searchText LIKE :search ESCAPE '\\'");
                parameters.put("search", Jpa.contains(query.search()));
            }
            if (query.type() != null) {
                clauses.add("d.deviceType = :type");
                parameters.put("type", query.type());
            }
            if (query.model() != null && !query.model().isBlank()) {
                clauses.add("LOWER(d.model) = :model");
                parameters.put("model", query.model().strip().toLowerCase(java.util.Locale.ROOT));
            }
            if (query.siteId() != null) {
                clauses.add("d.siteId = :site");
                parameters.put("site", query.siteId());
            }
            if (query.withinSites() != null) {
                clauses.add(query.withinSites().isEmpty() ? "1 = 0" : "d.siteId IN :withinSites");
                if (!query.withinSites().isEmpty()) {
                    parameters.put("withinSites", List.copyOf(query.withinSites()));
                }
            }
            if (query.status() != null) {
                clauses.add("d.status = :status");
                parameters.put("status", query.status().name());
            }
            if (query.groupId() != null) {
                clauses.add("EXISTS (SELECT m.deviceId FROM GroupMemberEntity m WHERE m.deviceId = d.id AND m.groupId = :group)");
                parameters.put("group", query.groupId());
            }
            if (query.softwareState() != null) {
                clauses.add("d.softwareState = :softwareState");
                parameters.put("softwareState", query.softwareState().name());
            }
            if (query.softwareImageId() != null) {
                clauses.add("d.softwareTargetId = :softwareImage");
                parameters.put("softwareImage", query.softwareImageId());
            }
            if (query.registration() != null) {
                clauses.add("d.registration = :registration");
                parameters.put("registration", query.registration().name());
            }
            if (query.callStatus() != null) {
                clauses.add("d.callStatus = :callStatus");
                parameters.put("callStatus", query.callStatus().name());
            }
            return new Filter(String.join(" AND ", clauses), parameters);
        }

        void bind(TypedQuery<?> q) {
            parameters.forEach(q::setParameter);
        }
    }
}
