package org.dialtone.inventory.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.dialtone.inventory.internal.SiteMatcher.PublicSubnet;
import org.dialtone.inventory.internal.SiteMatcher.SiteSubnets;
import org.junit.Test;

public class SiteMatcherTest {
    private static final long A1 = 1, A2 = 2, B1 = 3, B2 = 4;

    /** The four sites of the guide's "Adding a Site". */
    private final SiteMatcher guide = SiteMatcher.of(List.of(
            site(A1, pub("20.1.0.0", 16, "10.0.0.0/8")),
            site(A2, pub("20.1.0.0", 16, "10.33.24.0/24")),
            site(B1, pub("20.56.31.0", 8, "3.1.0.0/16")),
            site(B2, pub("20.56.31.0", 8))));

    @Test
    public void onEqualPublicSubnetsTheLongestPrivateMatchWins() {
        assertSite(A2, guide, "20.1.5.5", "10.33.24.7");
        assertSite(A1, guide, "20.1.5.5", "10.1.2.3");
    }

    @Test
    public void siteWithoutPrivateSubnetTakesPrivateAddressesNoOtherSiteClaims() {
        assertSite(B1, guide, "20.56.31.9", "3.1.2.3");
        assertSite(B2, guide, "20.56.31.9", "192.168.0.2");
        assertSite(B2, guide, "20.56.31.9", null);
    }

    @Test
    public void longestPublicMatchWinsOverShorterOnes() {
        SiteMatcher.Match match = guide.match("20.1.200.1", "10.33.24.1").orElseThrow();
        assertEquals(A2, match.siteId());
        assertEquals("20.1.0.0/16", match.publicSubnet().toString());
        assertEquals("10.33.24.0/24", match.privateSubnet().toString());
    }

    @Test
    public void whenNoSiteOfTheLongestPublicSubnetTakesThePrivateAddressShorterPublicSubnetsAreTried() {
        assertSite(B1, guide, "20.1.5.5", "3.1.0.5");
        assertSite(B2, guide, "20.1.5.5", "172.16.0.1");
    }

    @Test
    public void guideSubnetWithHostBitsSetMeansItsNetwork() {
        assertSite(B2, guide, "20.99.0.1", "172.16.0.1");
        SiteMatcher.Match match = guide.match("20.200.1.1", null).orElseThrow();
        assertEquals("20.0.0.0/8", match.publicSubnet().toString());
        assertNull(match.privateSubnet());
    }

    @Test
    public void noMatchingPublicSubnetMeansInternet() {
        assertTrue(guide.match("8.8.8.8", "10.0.0.1").isEmpty());
        assertTrue(guide.match("2001:db8::1", "10.0.0.1").isEmpty());
    }

    @Test
    public void slashZeroMatchesEverythingAndSlashThirtyTwoOnlyItsAddress() {
        SiteMatcher edges = SiteMatcher.of(List.of(
                site(10, pub("0.0.0.0", 0)),
                site(11, pub("203.0.113.7", 32, "192.168.1.1/32", "0.0.0.0/0"))));
        assertSite(11, edges, "203.0.113.7", "192.168.1.1");
        assertSite(11, edges, "203.0.113.7", "172.16.9.9");
        assertSite(10, edges, "203.0.113.8", "192.168.1.1");
        assertSite(10, edges, "255.255.255.255", null);
        SiteMatcher.Match exact = edges.match("203.0.113.7", "192.168.1.1").orElseThrow();
        assertEquals("192.168.1.1/32", exact.privateSubnet().toString());
    }

    @Test
    public void ipv6SubnetsMatchIpv6AddressesOnly() {
        SiteMatcher v6 = SiteMatcher.of(List.of(
                site(20, pub("2001:db8:1::", 48, "fd00:1::/64")),
                site(21, pub("2001:db8::", 32))));
        assertSite(20, v6, "2001:db8:1:5::9", "fd00:1::42");
        assertSite(21, v6, "2001:db8:1:5::9", "fd00:2::42");
        assertSite(21, v6, "2001:db8:ffff::1", null);
        assertTrue(v6.match("20.1.5.5", null).isEmpty());
    }

    @Test
    public void identicalOverlappingSubnetsResolveToTheSameSiteEveryTime() {
        SiteMatcher overlap = SiteMatcher.of(List.of(site(7, pub("10.0.0.0", 8)), site(5, pub("10.0.0.0", 8))));
        assertSite(5, overlap, "10.1.1.1", null);
    }

    @Test
    public void malformedAddressesAreRefusedWithoutAnyDnsLookup() {
        assertThrows(IllegalArgumentException.class, () -> guide.match("1.2.3.256", null));
        assertThrows(IllegalArgumentException.class, () -> guide.match("example.com", null));
        assertThrows(IllegalArgumentException.class, () -> guide.match("20.1.5.5", "not-an-ip"));
        assertThrows(IllegalArgumentException.class, () -> IpSubnet.of("10.0.0.0", 33));
        assertThrows(IllegalArgumentException.class, () -> IpSubnet.of("10.0.0.0", -1));
    }

    @Test
    public void manySitesStillResolveByPrefix() {
        List<SiteSubnets> sites = new java.util.ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            sites.add(site(1000 + i, pub("10." + (i / 256) + "." + (i % 256) + ".0", 24, "192.168." + (i % 256) + ".0/24")));
        }
        SiteMatcher many = SiteMatcher.of(sites);
        assertSite(1000 + 1234, many, "10.4.210.77", "192.168.210.5");
        assertTrue(many.match("10.4.210.77", "192.168.211.5").isEmpty());
    }

    private static void assertSite(long expected, SiteMatcher matcher, String publicIp, String privateIp) {
        assertEquals(publicIp + " / " + privateIp, Long.valueOf(expected),
                matcher.match(publicIp, privateIp).map(SiteMatcher.Match::siteId).orElse(null));
    }

    private static SiteSubnets site(long id, PublicSubnet... subnets) {
        return new SiteSubnets(id, List.of(subnets));
    }

    private static PublicSubnet pub(String address, int length, String... privates) {
        return new PublicSubnet(IpSubnet.of(address, length), java.util.Arrays.stream(privates)
                .map(p -> IpSubnet.of(p.substring(0, p.indexOf('/')), Integer.parseInt(p.substring(p.indexOf('/') + 1))))
                .toList());
    }
}
