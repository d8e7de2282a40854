package org.dialtone.api.inventory;

/**
 * A device group (F-GRP-1). {@code defaultRank} is its position (1 = first) among the default groups that
 * auto-added devices join, null when it is not a default group.
 */
public record DeviceGroup(long id, String name, String description, long deviceCount, Integer defaultRank,
                          long version) {
}
