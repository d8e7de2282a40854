package org.dialtone.store;

import java.util.List;
import org.dialtone.api.profiles.DirectoryUser;
import org.dialtone.api.profiles.UserGroup;

public interface DirectoryRepository {
    List<UserGroup> userGroups();

    UserGroup addUserGroup(String name);

    void deleteUserGroup(long id);

    List<DirectoryUser> users();

    DirectoryUser user(long id);

    DirectoryUser addUser(String name, boolean room);

    void deleteUser(long id);

    void setUserGroups(long userId, List<Long> groupIds);

    void setDevices(long userId, List<Long> deviceIds);
}
