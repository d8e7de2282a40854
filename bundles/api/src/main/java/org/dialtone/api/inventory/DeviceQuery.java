package org.dialtone.api.inventory;

/**
 * Filters of the Device Monitor list, all optional and combined with AND. {@code search} is a
 * case-insensitive substring of the name, MAC, serial number, IP addresses, model or description.
 */
public record DeviceQuery(String search, String type, String model, Long siteId, Long groupId,
                          DeviceStatus status, DeviceSort sort, boolean descending) {
    public DeviceQuery {
        sort = sort == null ? DeviceSort.NAME : sort;
    }

    public static DeviceQuery all() {
        return new DeviceQuery(null, null, null, null, null, null, DeviceSort.NAME, false);
    }
}
