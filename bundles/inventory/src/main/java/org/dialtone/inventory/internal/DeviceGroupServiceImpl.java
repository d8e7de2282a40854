package org.dialtone.inventory.internal;

import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceGroupInput;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.store.DeviceGroupRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = DeviceGroupService.class)
public class DeviceGroupServiceImpl implements DeviceGroupService {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceGroupServiceImpl.class);
    private static final int MAX_IDS = 10_000;
    private final DeviceGroupRepository groups;

    @Activate
    public DeviceGroupServiceImpl(@Reference DeviceGroupRepository groups) {
        this.groups = groups;
    }

    @Override
    public Page<DeviceGroup> list(String search, PageRequest page) {
        return groups.list(search, page);
    }

    @Override
    public DeviceGroup get(long id) {
        return groups.get(id);
    }

    @Override
    public DeviceGroup create(DeviceGroupInput group, String actor) {
        return groups.create(Names.require("name", group.name()), Names.text("description", group.description(), 1024), actor);
    }

    @Override
    public DeviceGroup update(long id, DeviceGroupInput group, String actor) {
        DeviceGroup current = groups.get(id);
        String name = group.name() == null ? current.name() : Names.require("name", group.name());
        String description = group.description() == null ? current.description() : Names.text("description", group.description(), 1024);
        return groups.update(id, group.expectedVersion(), name, description, actor);
    }

    @Override
    public void delete(long id, String actor) {
        groups.delete(id);
        LOG.info("Device group {} deleted by {}", id, actor);
    }

    @Override
    public Page<Device> members(long id, PageRequest page) {
        return groups.members(id, page);
    }

    @Override
    public DeviceGroup changeMembers(long id, List<Long> add, List<Long> remove, String actor) {
        if (add == null && remove == null) {
            throw new InvalidInputException("add", "send add and/or remove: lists of device ids");
        }
        groups.changeMembers(id, ids("add", add == null ? List.of() : add), ids("remove", remove == null ? List.of() : remove));
        return groups.get(id);
    }

    @Override
    public DeviceGroup setTopPriority(long id, String actor) {
        groups.setTopPriority(id);
        LOG.info("Device group {} set to top priority by {}", id, actor);
        return groups.get(id);
    }

    @Override
    public List<DeviceGroup> defaultGroups() {
        return groups.defaultGroups();
    }

    @Override
    public List<DeviceGroup> setDefaultGroups(List<Long> groupIds, String actor) {
        groups.setDefaultGroups(ids("groupIds", groupIds), actor);
        return groups.defaultGroups();
    }

    private static List<Long> ids(String field, List<Long> ids) {
        if (ids == null) {
            throw new InvalidInputException(field, "is required: a list of ids");
        }
        if (ids.size() > MAX_IDS) {
            throw new InvalidInputException(field, "at most " + MAX_IDS + " ids per request");
        }
        if (ids.stream().anyMatch(id -> id == null)) {
            throw new InvalidInputException(field, "must not contain null");
        }
        return ids;
    }
}
