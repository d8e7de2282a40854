package org.dialtone.api.profiles;

import java.util.List;

/** The guide's Profile Deployment page (F-DEPLOY). */
public interface DeploymentService {
    /** The profiles of a container, highest priority first. */
    List<Profile> profilesOf(Container container);

    /** Replaces the container's profiles; the list order is their priority. */
    ChangeResult setProfiles(Container container, List<Long> profileIds, ApplyChoice apply, String actor);

    /** The devices a container reaches, without changing anything. */
    ChangeResult affected(Container container);

    EffectiveConfig effectiveConfig(long deviceId);
}
