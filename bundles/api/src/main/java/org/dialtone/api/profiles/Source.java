package org.dialtone.api.profiles;

/** Where an effective value comes from: the container, the profile, and the value that profile sets. */
public record Source(ContainerType containerType, String containerKey, String containerName, long profileId,
                     String profileName, String value) {
}
