package org.dialtone.profiles.internal;

import org.dialtone.api.profiles.ApplyChoice;
import org.dialtone.api.profiles.ChangeResult;
import org.dialtone.store.AffectedDevices;

/** Shared by the profile and deployment services: the answer to a change, and cache freshness. */
interface Changes {
    /** Records the admin's apply choice for the devices a change reaches, and answers them. */
    ChangeResult result(String description, AffectedDevices affected, ApplyChoice apply, String actor);

    /** Applies recorded changes to the cache; {@code now} skips the rate limit after a local write. */
    void refresh(boolean now);

    /** Forgets every cached configuration on this node (a driver came or went). */
    void dropAll();
}
