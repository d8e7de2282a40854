package org.dialtone.api.inventory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/** The guide's Device Monitor (F-DEV-1..5). */
public interface DeviceService {
    Page<Device> find(DeviceQuery query, PageRequest page);

    Device get(long id);

    /** The device with this MAC address (or, when mac is null, this serial number), with its driver state. */
    java.util.Optional<Device> findByIdentity(String mac, String serialNumber);

    Device create(DeviceDraft draft, String actor);

    Device update(long id, DeviceChange change, String actor);

    /** Deletes the device with its csv profile and group associations. */
    void delete(long id, String actor);

    /** The device's groups, highest priority first. */
    List<DeviceGroup> groupsOf(long id);

    /** Replaces the device's groups; the list order is their priority for this device. */
    List<DeviceGroup> setGroups(long id, List<Long> groupIds, String actor);

    /** The device's csv profile, in the order the attributes were imported. */
    List<DeviceAttribute> attributes(long id);

    /**
     * Imports devices from CSV (F-DEV-4) in one transaction; invalid rows are skipped and logged.
     *
     * @param separator null to detect it from the header line
     */
    ImportReport importCsv(InputStream csv, ImportSeparator separator, DeviceImportMode mode, String actor);

    /**
     * Records that a device contacted the provisioning endpoint: marks it online with its address, site, model and
     * firmware, and adds it first (with the default device groups, in order) when it is new.
     */
    Device recordContact(DeviceContact contact);

    /** Records that the device's master configuration could not be served (Last Provision Result FAILED). */
    void recordProvisionFailed(long id);

    /**
     * The provisioning endpoint told the device to run this image from now on (null: none); its requests from then on
     * say whether it is up to date, pending or failing (F-SW-4).
     */
    Device recordSoftwareTarget(long id, Long imageId, String version);

    /** Devices by the image they were last told to run and where they stand with it. */
    List<org.dialtone.api.software.SoftwareTally> softwareTally();

    /** Devices and how many are online, by type, model and the {@code top} largest sites and device groups. */
    DeviceSummary summary(int top);

    /** Writes the devices matching the query, with their csv profiles, in the import format (F-DEV-5). */
    void exportCsv(DeviceQuery query, ImportSeparator separator, OutputStream out) throws IOException;
}
