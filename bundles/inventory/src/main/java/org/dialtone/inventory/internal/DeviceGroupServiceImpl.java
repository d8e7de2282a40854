package org.dialtone.inventory.internal;

import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceGroup;
import org.dialtone.api.inventory.DeviceGroupInput;
import org.dialtone.api.inventory.DeviceGroupService;
import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.store.DeploymentRepository;
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
    private final DeploymentRepository deployments;

    @Activate
    public DeviceGroupServiceImpl(@Reference DeviceGroupRepository groups, @Reference DeploymentRepository deployments) {
        this.groups = groups;
        this.deployments = deployments;
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
    public ChangeResult changeMembers(long id, List<Long> add, List<Long> remove, ApplyChoice apply, String actor) {
        if (add == null && remove == null) {
            throw new InvalidInputException("add", "send add and/or remove: lists of device ids");
        }
        List<Long> added = ids("add", add == null ? List.of() : add);
        List<Long> removed = ids("remove", remove == null ? List.of() : remove);
        String name = groups.get(id).name();
        groups.changeMembers(id, added, removed);
        java.util.Set<Long> devices = new java.util.TreeSet<>(added);
        devices.addAll(removed);
        return applied("members of device group " + name + " changed", devices.size(), devices.stream().limit(1000).toList(),
                devices.stream().map(org.dialtone.api.tasks.TaskTarget::device).toList(), apply, actor);
    }

    @Override
    public ChangeResult setTopPriority(long id, ApplyChoice apply, String actor) {
        groups.setTopPriority(id);
        DeviceGroup group = groups.get(id);
        List<Long> members = groups.members(id, new PageRequest(0, PageRequest.MAX_LIMIT)).items().stream().map(Device::id).toList();
        return applied("device group " + group.name() + " set to top priority", group.deviceCount(), members,
                List.of(new org.dialtone.api.tasks.TaskTarget(org.dialtone.api.tasks.TaskTarget.Kind.GROUP, id, null)), apply, actor);
    }

    @org.osgi.service.component.annotations.Reference(cardinality = org.osgi.service.component.annotations.ReferenceCardinality.OPTIONAL,
            policy = org.osgi.service.component.annotations.ReferencePolicy.DYNAMIC,
            policyOption = org.osgi.service.component.annotations.ReferencePolicyOption.GREEDY)
    private volatile org.dialtone.api.tasks.TaskService tasksService;

    /** The answer to a change that reaches devices, with the admin's apply choice recorded for them. */
    private ChangeResult applied(String description, long count, List<Long> deviceIds, List<org.dialtone.api.tasks.TaskTarget> reach,
                                 ApplyChoice apply, String actor) {
        ApplyChoice choice = ApplyChoice.orNextPoll(apply);
        Long request = count == 0 ? null : org.dialtone.api.tasks.ApplyTasks.create(tasksService, description, reach, choice, actor);
        LOG.info("{} by {}: {} devices, apply {}", description, actor, count, choice.mode());
        return new ChangeResult(description, count, deviceIds, choice, request);
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
