package org.dialtone.api.profiles;

/** A user group (F-DEPLOY-3), a deployment container for the devices its users own. */
public record UserGroup(long id, String name, long userCount) {
}
