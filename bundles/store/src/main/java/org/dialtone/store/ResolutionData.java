package org.dialtone.store;

import java.util.List;
import java.util.Map;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.Profile;

/**
 * Everything the resolver needs for one device, read in a handful of queries: the device's own facts, the
 * containers it belongs to (its device groups in the device's own order, its users' groups in each user's; which
 * kind wins is the profiles bundle's rule), each container's profiles in rank order, and the profiles with
 * their attributes.
 */
public record ResolutionData(long deviceId, String mac, String serialNumber, String model,
                             List<Member> containers, Map<Long, Profile> profiles, Profile csvProfile) {
    /** A container the device is in, with its display name and its profile ids by rank. */
    public record Member(ContainerType type, String key, String name, List<Long> profileIds) {
        public Member {
            profileIds = List.copyOf(profileIds);
        }
    }

    public ResolutionData {
        containers = List.copyOf(containers);
        profiles = Map.copyOf(profiles);
    }
}
