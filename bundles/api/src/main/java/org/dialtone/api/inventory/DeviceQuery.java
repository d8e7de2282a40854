package org.dialtone.api.inventory;

/**
 * Filters of the Device Monitor list, all optional and combined with AND. {@code search} is a
 * case-insensitive substring of the name, MAC, serial number, IP addresses, model or description;
 * {@code softwareState} and {@code softwareImageId} select by the image devices were last told to run;
 * {@code registration} and {@code callStatus} by what devices last reported; {@code withinSites}, when not null,
 * keeps to the devices of those sites (a site-limited caller's).
 */
public record DeviceQuery(String search, String type, String model, Long siteId, Long groupId,
                          DeviceStatus status, DeviceSort sort, boolean descending,
                          org.dialtone.api.software.SoftwareState softwareState, Long softwareImageId,
                          SipRegistration registration, CallStatus callStatus, java.util.Set<Long> withinSites) {
    public DeviceQuery {
        sort = sort == null ? DeviceSort.NAME : sort;
        withinSites = withinSites == null ? null : java.util.Set.copyOf(withinSites);
    }

    public DeviceQuery(String search, String type, String model, Long siteId, Long groupId, DeviceStatus status, DeviceSort sort,
                       boolean descending, org.dialtone.api.software.SoftwareState softwareState, Long softwareImageId,
                       SipRegistration registration, CallStatus callStatus) {
        this(search, type, model, siteId, groupId, status, sort, descending, softwareState, softwareImageId, registration, callStatus, null);
    }

    /** The same query kept to {@code sites} (null: every site). */
    public DeviceQuery within(java.util.Set<Long> sites) {
        return new DeviceQuery(search, type, model, siteId, groupId, status, sort, descending, softwareState, softwareImageId,
                registration, callStatus, sites);
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
