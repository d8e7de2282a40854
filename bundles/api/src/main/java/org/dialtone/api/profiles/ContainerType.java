package org.dialtone.api.profiles;

/**
 * Where profiles are deployed, from the highest priority to the lowest (guide: Configuration Profile
 * Deployment). Users/rooms and user groups (F-DEPLOY-3) rank below the device and above its site:
 * they describe the person at the device, which is more specific than where the device stands.
 */
public enum ContainerType {
    DEVICE, USER, USER_GROUP, SITE, MODEL, GROUP, GLOBAL
}
