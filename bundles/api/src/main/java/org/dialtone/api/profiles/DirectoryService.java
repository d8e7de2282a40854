package org.dialtone.api.profiles;

import java.util.List;

/**
 * The guide's "Add User Groups, Users, or Rooms" and "Set Priority for User Groups". Profiles are assigned to
 * them through {@link DeploymentService} with the USER and USER_GROUP containers.
 */
public interface DirectoryService {
    List<UserGroup> userGroups();

    UserGroup addUserGroup(String name, String actor);

    void deleteUserGroup(long id, String actor);

    List<DirectoryUser> users();

    DirectoryUser user(long id);

    DirectoryUser addUser(String name, boolean room, String actor);

    void deleteUser(long id, String actor);

    /** The user's groups; the list order is their priority for this user's devices. */
    DirectoryUser setUserGroups(long userId, List<Long> groupIds, String actor);

    /** The devices the user or room owns. */
    DirectoryUser setDevices(long userId, List<Long> deviceIds, String actor);
}
