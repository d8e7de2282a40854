package org.dialtone.profiles.internal;

import java.util.Comparator;
import java.util.List;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.store.ResolutionData;

/**
 * Which container's profiles win (F-DEPLOY-2): the device itself, its users, their user groups, its site, its
 * model, its device groups, Global. Within a kind the store's order holds (device groups by the device's own
 * priority, user groups by each user's).
 */
final class PriorityOrder {
    static final List<ContainerType> HIGHEST_FIRST = List.of(ContainerType.DEVICE, ContainerType.USER, ContainerType.USER_GROUP,
            ContainerType.SITE, ContainerType.MODEL, ContainerType.GROUP, ContainerType.GLOBAL);

    private static final Comparator<ResolutionData.Member> BY_KIND = Comparator.comparingInt(m -> HIGHEST_FIRST.indexOf(m.type()));

    private PriorityOrder() {
    }

    static List<ResolutionData.Member> highestFirst(List<ResolutionData.Member> containers) {
        return containers.stream().sorted(BY_KIND).toList();
    }
}
