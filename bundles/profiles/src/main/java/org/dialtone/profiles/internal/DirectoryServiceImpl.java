package org.dialtone.profiles.internal;

import java.util.List;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.DirectoryService;
import org.dialtone.api.profiles.DirectoryUser;
import org.dialtone.api.profiles.UserGroup;
import org.dialtone.store.DirectoryRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = DirectoryService.class)
public class DirectoryServiceImpl implements DirectoryService {
    private static final Logger LOG = LoggerFactory.getLogger(DirectoryServiceImpl.class);
    private final DirectoryRepository directory;
    private final Changes changes;

    @Activate
    public DirectoryServiceImpl(@Reference DirectoryRepository directory, @Reference Changes changes) {
        this.directory = directory;
        this.changes = changes;
    }

    @Override
    public List<UserGroup> userGroups() {
        return directory.userGroups();
    }

    @Override
    public UserGroup addUserGroup(String name, String actor) {
        UserGroup group = directory.addUserGroup(ProfileRules.name("name", name));
        LOG.info("User group {} added by {}", group.name(), actor);
        return group;
    }

    @Override
    public void deleteUserGroup(long id, String actor) {
        directory.deleteUserGroup(id);
        changes.refresh(true);
    }

    @Override
    public List<DirectoryUser> users() {
        return directory.users();
    }

    @Override
    public DirectoryUser user(long id) {
        return directory.user(id);
    }

    @Override
    public DirectoryUser addUser(String name, boolean room, String actor) {
        DirectoryUser user = directory.addUser(ProfileRules.name("name", name), room);
        LOG.info("{} {} added by {}", room ? "Room" : "User", user.name(), actor);
        return user;
    }

    @Override
    public void deleteUser(long id, String actor) {
        directory.deleteUser(id);
        changes.refresh(true);
    }

    @Override
    public DirectoryUser setUserGroups(long userId, List<Long> groupIds, String actor) {
        directory.setUserGroups(userId, required("groupIds", groupIds));
        changes.refresh(true);
        return directory.user(userId);
    }

    @Override
    public DirectoryUser setDevices(long userId, List<Long> deviceIds, String actor) {
        directory.setDevices(userId, required("deviceIds", deviceIds));
        changes.refresh(true);
        return directory.user(userId);
    }

    private static List<Long> required(String field, List<Long> ids) {
        if (ids == null || ids.stream().anyMatch(id -> id == null)) {
            throw new InvalidInputException(field, "is required: a list of ids (empty for none)");
        }
        if (ids.size() > 10_000) {
            throw new InvalidInputException(field, "at most 10000 ids");
        }
        return ids;
    }
}
