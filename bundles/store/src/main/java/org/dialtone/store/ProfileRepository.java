package org.dialtone.store;

import org.dialtone.api.inventory.Page;
import org.dialtone.api.inventory.PageRequest;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileQuery;

public interface ProfileRepository {
    /**
     * @param presentFamilies the families whose drivers run on this node: standard profiles of other families are
     *                        left out; null lists all
     */
    Page<Profile> list(ProfileQuery query, PageRequest page, java.util.Set<String> presentFamilies);

    /** With all attributes; a csv profile's are its device's imported parameters. */
    Profile get(long id);

    /** @throws org.dialtone.api.ConflictException when the name is taken by a profile of any type */
    Profile create(ProfileWrite profile, String actor);

    /** Replaces the profile's fields and parameters; a csv profile keeps its owner. */
    Profile update(long id, Long expectedVersion, ProfileWrite profile, String actor);

    void delete(long id);

    /**
     * Makes the family's standard profiles exactly {@code profiles}: creates new ones, replaces changed ones,
     * deletes (with their associations) those no longer listed. A name held by a profile of another kind or
     * family is skipped and reported.
     *
     * @return the names that were skipped
     */
    java.util.List<String> syncStandard(String family, java.util.List<ProfileWrite> profiles);

    /** The devices that get this profile through any container (its owner, for a csv profile). */
    AffectedDevices reachedBy(long profileId);
}
