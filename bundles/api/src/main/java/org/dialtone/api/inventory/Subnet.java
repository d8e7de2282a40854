package org.dialtone.api.inventory;

/** A private subnet inside a site's public subnet, as the admin typed it (host bits may be set). */
public record Subnet(String ipAddress, int maskLength) {
}
