package org.dialtone.store;

import java.time.Instant;
import java.util.List;
import org.dialtone.api.profiles.Container;
import org.dialtone.api.profiles.Profile;

public interface DeploymentRepository {
    /** The container's profiles by rank, without attributes. */
    List<Profile> profilesOf(Container container);

    /**
     * Replaces the container's profiles in one transaction, after {@code check} accepted them (without their
     * attributes, duplicates dropped, in the given order).
     *
     * @throws org.dialtone.api.InvalidInputException for unknown ids
     * @throws org.dialtone.api.NotFoundException when the container does not exist
     */
    void setProfiles(Container container, List<Long> profileIds, java.util.function.Consumer<List<Profile>> check);

    AffectedDevices affected(Container container);

    /** @throws org.dialtone.api.NotFoundException when there is no such device */
    ResolutionData load(long deviceId);

    /** Changes recorded after {@code afterId}, oldest first. */
    List<ConfigChange> changesSince(long afterId);

    /** Forgets changes older than a day; every node has long applied them. */
    void pruneChanges();

    long lastChangeId();
}
