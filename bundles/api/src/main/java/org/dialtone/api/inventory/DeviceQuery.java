package org.dialtone.api.inventory;

/**
 * Filters of the Device Monitor list, all optional and combined with AND. {@code search} is a
 * case-insensitive substring of the name, MAC, serial number, IP addresses, model or description;
 * {@code softwareState} and {@code softwareImageId} select by the image devices were last told to run;
 * {@code registration} and {@code callStatus} by what devices last reported.
 */
public record DeviceQuery(String search, String type, String model, Long siteId, Long groupId,
                          DeviceStatus status, DeviceSort sort, boolean descending,
                          org.dialtone.api.software.SoftwareState softwareState, Long softwareImageId,
                          SipRegistration registration, CallStatus callStatus) {
    public DeviceQuery {
        sort = sort == null ? DeviceSort.NAME : sort;
    }

    public DeviceQuery(String search, String type, String model, Long siteId, Long groupId, DeviceStatus status, DeviceSort sort,
                       boolean descending, org.dialtone.api.software.SoftwareState softwareState, Long softwareImageId) {
        this(search, type, model, siteId, groupId, status, sort, descending, softwareState, softwareImageId, null, null);
    }

    public DeviceQuery(String search, String type, String model, Long siteId, Long groupId, DeviceStatus status, DeviceSort sort,
                       boolean descending) {
        this(search, type, model, siteId, groupId, status, sort, descending, null, null);
    }

    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, null, null, null, DeviceSort.NAME, false);
    }
}
