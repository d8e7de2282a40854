package org.dialtone.store;

import java.util.List;
import java.util.Map;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;

public interface DeviceGroupRepository {
    Page<DeviceGroup> list(String search, PageRequest page);

    DeviceGroup get(long id);

    /** Group ids by lower-case name, for the names given; missing names are absent from the map. */
    Map<String, Long> idsByName(List<String> names);

    DeviceGroup create(String name, String description, String actor);

    DeviceGroup update(long id, Long expectedVersion, String name, String description, String actor);

    void delete(long id);

    Page<Device> members(long id, PageRequest page);

    void changeMembers(long id, List<Long> add, List<Long> remove);

    void setTopPriority(long id);

    List<DeviceGroup> defaultGroups();

    /** The ids of the default device groups in their order, without their member counts. */
    List<Long> defaultGroupIds();

    void setDefaultGroups(List<Long> groupIds, String actor);
}
