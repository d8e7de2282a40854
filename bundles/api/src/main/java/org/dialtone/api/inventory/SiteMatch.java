package org.dialtone.api.inventory;

/**
 * Where a public/private address pair lands and why: the public subnet and the private subnet that matched,
 * each null when the pair fell through to the Internet site or matched a public subnet without private subnets.
 */
public record SiteMatch(long siteId, String siteName, String publicSubnet, String privateSubnet, String reason) {
}
