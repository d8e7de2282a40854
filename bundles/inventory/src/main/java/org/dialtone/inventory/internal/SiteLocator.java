package org.dialtone.inventory.internal;

/** The site a device with these addresses belongs to, from the cached matcher; Internet when none matches. */
interface SiteLocator {
    long siteOf(String publicIp, String privateIp);
}
