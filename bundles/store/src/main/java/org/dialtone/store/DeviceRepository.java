package org.dialtone.store;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceAttribute;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceImportMode;
import org.dialtone.api.inventory.DeviceQuery;
import org.dialtone.api.inventory.DeviceType;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

public interface DeviceRepository {
    Page<Device> find(DeviceQuery query, PageRequest page);

    /** @throws org.dialtone.api.NotFoundException when there is no such device */
    Device get(long id);

    /** The device with this MAC address (or, when mac is null, this serial number). */
    java.util.Optional<Device> findByIdentity(String mac, String serialNumber);

    /** @throws org.dialtone.api.ConflictException when a device with the same MAC or serial number exists */
    Device create(NewDevice device, List<Long> groupIds);

    Device update(long id, Long expectedVersion, String name, String privateIp, String description, long siteId);

    void delete(long id);

    List<DeviceGroup> groupsOf(long id);

    void setGroups(long id, List<Long> groupIds);

    List<DeviceAttribute> attributes(long id);

    /**
     * Finds the device by MAC (or serial when it has no MAC) or adds it, then records the contact, in one
     * transaction. A device added here joins {@code groupsOfNewDevice} in their order; it is asked only then, inside the
     * transaction, so that a known device's contact costs no query for it. Its site is {@code siteByPrivateIp} of the
     * private address the device has on record (null when none).
     */
    Device contact(org.dialtone.api.inventory.DeviceContact contact, String publicIpKey, java.util.function.ToLongFunction<String> siteByPrivateIp,
                   java.util.function.Supplier<List<Long>> groupsOfNewDevice);

    /** Marks the device's last provisioning as failed: its master configuration could not be served. */
    void provisionFailed(long id);

    /** Records the image the device is told to run from now on (null: none), and whether it already runs it. */
    Device softwareTarget(long id, Long imageId, String version);

    /** Devices and how many are online, by type, model and the {@code top} largest sites and device groups: four aggregates. */
    org.dialtone.api.inventory.DeviceSummary summary(int top);

    /** Devices and how many are online, by SIP registration and call status only (one aggregate; the other tallies empty). */
    org.dialtone.api.inventory.DeviceSummary states();

    /** How many devices stand where with each image (a null image: devices told to run none). */
    List<org.dialtone.api.software.SoftwareTally> softwareTally();

    /**
     * Applies all rows in one transaction, in line order, and says what became of each; a row whose device exists
     * is merged into it, overwrites it or is left alone as {@code existing} says. Devices left with parameters get
     * (or keep) their csv profile, named as {@link org.dialtone.api.inventory.DeviceIdentity} says.
     */
    List<ImportedRow> importDevices(List<ImportedDevice> rows, DeviceImportMode existing, String actor);

    /**
     * As {@link #importDevices(List, DeviceImportMode, String)}, then {@code report} in the same transaction (the import
     * report is written with the rows: a server killed half-way leaves neither).
     */
    <T> T importDevices(List<ImportedDevice> rows, DeviceImportMode existing, String actor, java.util.function.Function<List<ImportedRow>, T> report);

    /** The csv-profile attribute names of the devices the query matches, in first-imported order. */
    List<String> attributeNames(DeviceQuery query);

    /** Streams the matching devices in id order, a page at a time, with their groups and attributes. */
    void export(DeviceQuery query, Consumer<ExportedDevice> sink);

    record NewDevice(DeviceType type, String model, String mac, String serialNumber, String name,
                     String description, long siteId, String addedBy, Instant createdAt) {
    }

    /**
     * A valid CSV row. {@code name} and {@code type} null keep what an existing device has; attributes
     * carry only the cells that have a value.
     */
    record ImportedDevice(int line, String mac, String serialNumber, DeviceType type, String name,
                          List<Long> groupIds, List<DeviceAttribute> attributes, List<String> warnings) {
        public org.dialtone.api.inventory.DeviceIdentity identity() {
            return org.dialtone.api.inventory.DeviceIdentity.of(mac, serialNumber, type != null && type.serialIdentified());
        }
    }

    /** {@code otherDeviceId}: for IDENTITY_TAKEN, the device that holds the row's other number. */
    record ImportedRow(ImportedDevice row, Outcome outcome, Long otherDeviceId) {
        public enum Outcome { CREATED, MERGED, OVERWRITTEN, LEFT_ALONE, IDENTITY_TAKEN }
    }

    record ExportedDevice(Device device, List<String> groupNames, List<DeviceAttribute> attributes) {
    }
}
