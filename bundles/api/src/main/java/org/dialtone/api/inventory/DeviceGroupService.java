package org.dialtone.api.inventory;

import java.util.List;
import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;

/** The guide's Device Groups page (F-GRP). */
public interface DeviceGroupService {
    Page<DeviceGroup> list(String search, PageRequest page);

    DeviceGroup get(long id);

    DeviceGroup create(DeviceGroupInput group, String actor);

    DeviceGroup update(long id, DeviceGroupInput group, String actor);

    /** Deletes the group and all its associations; its devices stay. */
    void delete(long id, String actor);

    Page<Device> members(long id, PageRequest page);

    /**
     * Adds the devices in {@code add} to the group, each at the lowest priority of its groups (devices already in
     * it stay put), and removes those in {@code remove}; either may be empty. One transaction. Answers the
     * devices whose configuration changes and records the admin's apply choice for them.
     */
    ChangeResult changeMembers(long id, List<Long> add, List<Long> remove, ApplyChoice apply, String actor);

    /** Makes this group the highest-priority group of each of its devices (F-GRP-3); answers those devices. */
    ChangeResult setTopPriority(long id, ApplyChoice apply, String actor);

    /** The groups auto-added devices join, in priority order (F-GRP-4). */
    List<DeviceGroup> defaultGroups();

    List<DeviceGroup> setDefaultGroups(List<Long> groupIds, String actor);
}
