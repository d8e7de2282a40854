package org.dialtone.api.security;

/**
 * Who makes a request: the account, the role it acts with, and the token it used (null when it signed in with its
 * password). {@code actor()} is how the activity log and every "modified by" name it.
 */
public record Caller(String account, Role role, Long tokenId, String tokenLabel, SiteScope sites) {
    public Caller {
        sites = sites == null ? SiteScope.EVERY_SITE : sites;
    }

    public String actor() {
        return tokenId == null ? account : account + " (token " + tokenLabel + ")";
    }
}
