package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceIdentity;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.store.DeviceRepository.ImportedDevice;
import org.dialtone.store.DeviceRepository.ImportedRow;
import org.dialtone.store.DeviceRepository.ImportedRow.Outcome;

/**
 * Applies the valid rows of a device CSV inside one transaction: a handful of queries to find what exists,
 * then batched inserts (guide: Import Multiple Devices, Updating Existing Devices).
 */
final class DeviceImport {
    private final EntityManager em;
    private final DeviceImportMode mode;
    private final String actor;

    DeviceImport(EntityManager em, DeviceImportMode mode, String actor) {
        this.em = em;
        this.mode = mode;
        this.actor = actor;
    }

    List<ImportedRow> apply(List<ImportedDevice> rows) {
        Map<String, DeviceEntity> byMac = new HashMap<>();
        Map<String, DeviceEntity> bySerial = new HashMap<>();
        List<String> macs = rows.stream().map(ImportedDevice::mac).filter(m -> m != null).distinct().toList();
        List<String> serials = rows.stream().map(ImportedDevice::serialNumber).filter(s -> s != null).distinct().toList();
        for (List<String> chunk : Jpa.chunks(macs)) {
            em.createQuery("SELECT d FROM DeviceEntity d WHERE d.mac IN :ids", DeviceEntity.class).setParameter("ids", chunk)
                    .getResultList().forEach(d -> byMac.put(d.mac, d));
        }
        for (List<String> chunk : Jpa.chunks(serials)) {
            em.createQuery("SELECT d FROM DeviceEntity d WHERE d.serialNumber IN :ids", DeviceEntity.class).setParameter("ids", chunk)
                    .getResultList().forEach(d -> bySerial.put(d.serialNumber, d));
        }

        List<ImportedRow> results = new ArrayList<>();
        Map<ImportedDevice, DeviceEntity> created = new java.util.LinkedHashMap<>();
        Map<ImportedDevice, DeviceEntity> updated = new java.util.LinkedHashMap<>();
        java.time.LocalDateTime now = Jpa.now();
        for (ImportedDevice row : rows) {
            boolean bySerialNumber = row.identity().bySerialNumber();
            DeviceEntity existing = bySerialNumber ? bySerial.get(row.serialNumber()) : byMac.get(row.mac());
            DeviceEntity other = bySerialNumber ? (row.mac() == null ? null : byMac.get(row.mac())) : (row.serialNumber() == null ? null : bySerial.get(row.serialNumber()));
            if (other != null && other != existing) {
                results.add(new ImportedRow(row, Outcome.IDENTITY_TAKEN, other.id));
                continue;
            }
            if (existing == null) {
                DeviceEntity entity = new DeviceEntity();
                entity.mac = row.mac();
                entity.serialNumber = row.serialNumber();
                entity.setType(row.type());
                entity.name = row.name();
                entity.siteId = SiteEntity.INTERNET_ID;
                entity.status = DeviceStatus.OFFLINE.name();
                entity.addedBy = "CSV";
                entity.createdAt = now;
                entity.refreshSearchText();
                em.persist(entity);
                created.put(row, entity);
                if (entity.mac != null) {
                    byMac.put(entity.mac, entity);
                }
                if (entity.serialNumber != null) {
                    bySerial.put(entity.serialNumber, entity);
                }
            } else if (mode == DeviceImportMode.IGNORE_EXISTING) {
                results.add(new ImportedRow(row, Outcome.LEFT_ALONE, null));
            } else {
                if (row.name() != null) {
                    existing.name = row.name();
                }
                existing.setType(row.type());
                if (existing.mac == null && row.mac() != null) {
                    existing.mac = row.mac();
                }
                if (existing.serialNumber == null && row.serialNumber() != null) {
                    existing.serialNumber = row.serialNumber();
                }
                existing.refreshSearchText();
                existing.edited();
                updated.put(row, existing);
            }
        }
        // Devices first: the attribute and membership rows refer to them.
        em.flush();

        List<Long> updatedIds = updated.values().stream().map(d -> d.id).distinct().toList();
        Map<Long, Map<String, DeviceAttributeEntity>> attributes = new HashMap<>();
        Map<Long, Map<Long, GroupMemberEntity>> members = new HashMap<>();
        for (List<Long> chunk : Jpa.chunks(updatedIds)) {
            if (mode == DeviceImportMode.OVERWRITE) {
                em.createQuery("DELETE FROM DeviceAttributeEntity a WHERE a.deviceId IN :ids").setParameter("ids", chunk).executeUpdate();
                em.createQuery("DELETE FROM GroupMemberEntity m WHERE m.deviceId IN :ids").setParameter("ids", chunk).executeUpdate();
            } else {
                em.createQuery("SELECT a FROM DeviceAttributeEntity a WHERE a.deviceId IN :ids", DeviceAttributeEntity.class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(a -> attributes.computeIfAbsent(a.deviceId, k -> new HashMap<>()).put(a.name, a));
                em.createQuery("SELECT m FROM GroupMemberEntity m WHERE m.deviceId IN :ids", GroupMemberEntity.class)
                        .setParameter("ids", chunk).getResultList()
                        .forEach(m -> members.computeIfAbsent(m.deviceId, k -> new HashMap<>()).put(m.groupId, m));
            }
        }

        for (Map.Entry<ImportedDevice, DeviceEntity> e : created.entrySet()) {
            write(e.getValue().id, e.getKey(), new HashMap<>(), new HashMap<>());
            results.add(new ImportedRow(e.getKey(), Outcome.CREATED, null));
        }
        for (Map.Entry<ImportedDevice, DeviceEntity> e : updated.entrySet()) {
            long id = e.getValue().id;
            write(id, e.getKey(), attributes.computeIfAbsent(id, k -> new HashMap<>()), members.computeIfAbsent(id, k -> new HashMap<>()));
            results.add(new ImportedRow(e.getKey(), mode == DeviceImportMode.OVERWRITE ? Outcome.OVERWRITTEN : Outcome.MERGED, null));
        }
        em.flush();
        Map<Long, Boolean> hasParameters = new HashMap<>();
        created.forEach((row, device) -> hasParameters.put(device.id, !row.attributes().isEmpty()));
        updated.values().forEach(device -> hasParameters.put(device.id, !attributes.getOrDefault(device.id, Map.of()).isEmpty()));
        List<DeviceEntity> touched = new ArrayList<>(created.values());
        touched.addAll(updated.values());
        csvProfiles(touched, hasParameters);
        if (!touched.isEmpty()) {
            ConfigChanges.record(em, ConfigChanges.ALL, "");
        }
        results.sort(java.util.Comparator.comparingInt(r -> r.row().line()));
        return results;
    }

    /** Creates, touches or removes the csv profile of each device the import wrote (guide: Auto-Generated Configuration Profile). */
    private void csvProfiles(List<DeviceEntity> devices, Map<Long, Boolean> hasParameters) {
        Map<Long, ProfileEntity> existing = new HashMap<>();
        Map<String, Long> ownerOfName = new HashMap<>();
        List<Long> ids = devices.stream().map(d -> d.id).distinct().toList();
        List<String> names = devices.stream().map(d -> Jpa.key(identity(d).csvProfileName())).distinct().toList();
        for (List<Long> chunk : Jpa.chunks(ids)) {
            em.createQuery("SELECT p FROM ProfileEntity p WHERE p.ownerDeviceId IN :ids", ProfileEntity.class).setParameter("ids", chunk)
                    .getResultList().forEach(p -> existing.put(p.ownerDeviceId, p));
        }
        for (List<String> chunk : Jpa.chunks(names)) {
            em.createQuery("SELECT p.nameKey, p.ownerDeviceId FROM ProfileEntity p WHERE p.nameKey IN :names", Object[].class)
                    .setParameter("names", chunk).getResultList()
                    .forEach(r -> ownerOfName.put((String) r[0], r[1] == null ? -1L : ((Number) r[1]).longValue()));
        }
        java.time.LocalDateTime now = Jpa.now();
        for (DeviceEntity device : devices) {
            ProfileEntity profile = existing.get(device.id);
            boolean wanted = hasParameters.getOrDefault(device.id, false);
            if (wanted && profile == null) {
                String name = identity(device).csvProfileName();
                Long owner = ownerOfName.get(Jpa.key(name));
                if (owner != null && owner != device.id) {
                    name = identity(device).csvProfileName(device.id);
                }
                profile = new ProfileEntity();
                profile.name = name;
                profile.nameKey = Jpa.key(name);
                profile.description = "Parameters imported from CSV for this device";
                profile.type = "USER_IMPORTED";
                profile.mode = "PHONE_PROVISION";
                profile.ownerDeviceId = device.id;
                profile.modifiedAt = now;
                profile.modifiedBy = actor;
                em.persist(profile);
                existing.put(device.id, profile);
            } else if (wanted) {
                profile.modifiedAt = now;
                profile.modifiedBy = actor;
            } else if (profile != null) {
                em.remove(profile);
            }
        }
        em.flush();
    }

    private static DeviceIdentity identity(DeviceEntity device) {
        return DeviceIdentity.of(device.mac, device.serialNumber, device.serialIdentified);
    }

    /** Writes the row's attributes and groups over what {@code attributes} and {@code members} already hold. */
    private void write(long deviceId, ImportedDevice row, Map<String, DeviceAttributeEntity> attributes, Map<Long, GroupMemberEntity> members) {
        int position = attributes.values().stream().mapToInt(a -> a.position).max().orElse(0);
        for (DeviceAttribute attribute : row.attributes()) {
            DeviceAttributeEntity current = attributes.get(attribute.name());
            if (current != null) {
                current.value = attribute.value();
            } else {
                DeviceAttributeEntity entity = new DeviceAttributeEntity(deviceId, attribute.name(), attribute.value(), ++position);
                em.persist(entity);
                attributes.put(attribute.name(), entity);
            }
        }
        int priority = members.values().stream().mapToInt(m -> m.priority).max().orElse(0);
        for (Long groupId : new LinkedHashSet<>(row.groupIds())) {
            if (!members.containsKey(groupId)) {
                GroupMemberEntity member = new GroupMemberEntity(deviceId, groupId, ++priority);
                em.persist(member);
                members.put(groupId, member);
            }
        }
    }
}
