package org.dialtone.api.profiles;

import java.util.List;

/**
 * A user or room (F-DEPLOY-3) with the user groups it belongs to, highest priority first, and the devices it
 * owns. There is no directory behind them yet: admins add them by name.
 */
public record DirectoryUser(long id, String name, boolean room, List<Long> groupIds, List<Long> deviceIds) {
    public DirectoryUser {
        groupIds = List.copyOf(groupIds);
        deviceIds = List.copyOf(deviceIds);
    }
}
