package org.dialtone.store.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import javax.persistence.EntityManager;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceStatus;
import org.dialtone.store.DeviceRepository.ImportedDevice;
import org.dialtone.store.RowResult;
import org.dialtone.store.RowResult.Outcome;

/**
 * Applies the valid rows of a device CSV inside one transaction: a handful of queries to find what exists,
 * then batched inserts (guide: Import Multiple Devices, Updating Existing Devices).
 */
final class DeviceImport {
    private final EntityManager em;
    private final DeviceImportMode mode;

    DeviceImport(EntityManager em, DeviceImportMode mode) {
        this.em = em;
        this.mode = mode;
    }

    List<RowResult> apply(List<ImportedDevice> rows) {
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

        List<RowResult> results = new ArrayList<>();
        Map<ImportedDevice, DeviceEntity> created = new java.util.LinkedHashMap<>();
        Map<ImportedDevice, DeviceEntity> updated = new java.util.LinkedHashMap<>();
        java.time.LocalDateTime now = Jpa.now();
        for (ImportedDevice row : rows) {
            boolean bySerialNumber = row.type() != null && row.type().serialIdentified() || row.mac() == null;
            DeviceEntity existing = bySerialNumber ? bySerial.get(row.serialNumber()) : byMac.get(row.mac());
            DeviceEntity other = bySerialNumber ? (row.mac() == null ? null : byMac.get(row.mac())) : (row.serialNumber() == null ? null : bySerial.get(row.serialNumber()));
            if (other != null && other != existing) {
                results.add(new RowResult(row.line(), Outcome.FAILED, (bySerialNumber ? "mac_address " + row.mac() : "serial_number " + row.serialNumber())
                        + " already belongs to another device (id " + other.id + "); correct the row or delete that device first"));
                continue;
            }
            if (existing == null) {
                DeviceEntity entity = new DeviceEntity();
                entity.mac = row.mac();
                entity.serialNumber = row.serialNumber();
                entity.deviceType = row.type() == null ? null : row.type().name();
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
                results.add(new RowResult(row.line(), Outcome.SKIPPED, describe(row) + " exists and updating existing devices is off; row ignored"));
            } else {
                if (row.name() != null) {
                    existing.name = row.name();
                }
                if (row.type() != null) {
                    existing.deviceType = row.type().name();
                }
                if (existing.mac == null && row.mac() != null) {
                    existing.mac = row.mac();
                }
                if (existing.serialNumber == null && row.serialNumber() != null) {
                    existing.serialNumber = row.serialNumber();
                }
                existing.refreshSearchText();
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
            results.add(withWarnings(e.getKey(), new RowResult(e.getKey().line(), Outcome.CREATED, "added " + describe(e.getKey()))));
        }
        for (Map.Entry<ImportedDevice, DeviceEntity> e : updated.entrySet()) {
            long id = e.getValue().id;
            write(id, e.getKey(), attributes.computeIfAbsent(id, k -> new HashMap<>()), members.computeIfAbsent(id, k -> new HashMap<>()));
            results.add(withWarnings(e.getKey(), new RowResult(e.getKey().line(), Outcome.UPDATED,
                    (mode == DeviceImportMode.OVERWRITE ? "overwrote " : "merged into ") + describe(e.getKey()))));
        }
        em.flush();
        results.sort(java.util.Comparator.comparingInt(RowResult::line));
        return results;
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

    private static RowResult withWarnings(ImportedDevice row, RowResult result) {
        if (row.warnings().isEmpty()) {
            return result;
        }
        return new RowResult(result.line(), result.outcome(), result.message() + "; " + String.join("; ", row.warnings()), true);
    }

    private static String describe(ImportedDevice row) {
        return row.mac() != null && (row.type() == null || !row.type().serialIdentified())
                ? "device " + row.mac() : "device with serial number " + row.serialNumber();
    }
}
