package org.dialtone.inventory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds a device's site from its public and private IP (F-SITE-3, the guide's "Adding a Site"): the public
 * subnet with the longest match wins; among sites with that same public subnet, the private subnet with the
 * longest match; a site that sets no private subnet takes any private address, after those that match one.
 * When no site at the longest public subnet takes the private address, shorter public subnets are tried.
 * No match means the Internet site. Immutable: built once per change of sites, then shared by every lookup,
 * which walks two binary tries (at most 32 + 32 steps for IPv4) however many sites there are.
 */
final class SiteMatcher {
    /** @param privateSubnets empty when the site sets none for this public subnet */
    record PublicSubnet(IpSubnet subnet, List<IpSubnet> privateSubnets) {
        PublicSubnet {
            privateSubnets = List.copyOf(privateSubnets);
        }
    }

    record SiteSubnets(long siteId, List<PublicSubnet> publicSubnets) {
        SiteSubnets {
            publicSubnets = List.copyOf(publicSubnets);
        }
    }

    /** @param privateSubnet null when the site matched through a public subnet without private subnets */
    record Match(long siteId, IpSubnet publicSubnet, IpSubnet privateSubnet) {
    }

    private final Node<PublicEntry> v4 = new Node<>();
    private final Node<PublicEntry> v6 = new Node<>();

    private SiteMatcher() {
    }

    static SiteMatcher of(Collection<SiteSubnets> sites) {
        SiteMatcher matcher = new SiteMatcher();
        for (SiteSubnets site : sites) {
            for (PublicSubnet pub : site.publicSubnets()) {
                Node<PublicEntry> node = (pub.subnet().isIpv4() ? matcher.v4 : matcher.v6).insert(pub.subnet());
                if (node.value == null) {
                    node.value = new PublicEntry(pub.subnet());
                }
                node.value.add(site.siteId(), pub.privateSubnets());
            }
        }
        return matcher;
    }

    /** @param privateIp may be null when the device did not report one */
    Optional<Match> match(String publicIp, String privateIp) {
        return match(IpSubnet.parseAddress(publicIp), privateIp == null || privateIp.isBlank() ? null : IpSubnet.parseAddress(privateIp));
    }

    Optional<Match> match(byte[] publicIp, byte[] privateIp) {
        List<PublicEntry> candidates = (publicIp.length == 4 ? v4 : v6).matchesAlong(publicIp);
        for (int i = candidates.size() - 1; i >= 0; i--) {
            Optional<Match> match = candidates.get(i).match(privateIp);
            if (match.isPresent()) {
                return match;
            }
        }
        return Optional.empty();
    }

    /** The sites with one public subnet, keyed further by their private subnets. */
    private static final class PublicEntry {
        final IpSubnet subnet;
        final Node<SiteIds> private4 = new Node<>();
        final Node<SiteIds> private6 = new Node<>();
        final SiteIds withoutPrivate = new SiteIds(null);

        PublicEntry(IpSubnet subnet) {
            this.subnet = subnet;
        }

        void add(long siteId, List<IpSubnet> privateSubnets) {
            if (privateSubnets.isEmpty()) {
                withoutPrivate.add(siteId);
            }
            for (IpSubnet p : privateSubnets) {
                Node<SiteIds> node = (p.isIpv4() ? private4 : private6).insert(p);
                if (node.value == null) {
                    node.value = new SiteIds(p);
                }
                node.value.add(siteId);
            }
        }

        Optional<Match> match(byte[] privateIp) {
            if (privateIp != null) {
                List<SiteIds> hits = (privateIp.length == 4 ? private4 : private6).matchesAlong(privateIp);
                if (!hits.isEmpty()) {
                    SiteIds best = hits.get(hits.size() - 1);
                    return Optional.of(new Match(best.lowest, subnet, best.subnet));
                }
            }
            return withoutPrivate.isEmpty() ? Optional.empty() : Optional.of(new Match(withoutPrivate.lowest, subnet, null));
        }
    }

    /** Sites sharing one subnet; overlaps are allowed, and the lowest id wins so the answer is stable. */
    private static final class SiteIds {
        final IpSubnet subnet;
        long lowest = Long.MAX_VALUE;

        SiteIds(IpSubnet subnet) {
            this.subnet = subnet;
        }

        void add(long siteId) {
            lowest = Math.min(lowest, siteId);
        }

        boolean isEmpty() {
            return lowest == Long.MAX_VALUE;
        }
    }

    private static final class Node<T> {
        Node<T> zero;
        Node<T> one;
        T value;

        Node<T> insert(IpSubnet subnet) {
            Node<T> node = this;
            for (int i = 0; i < subnet.length(); i++) {
                if (subnet.bit(i) == 0) {
                    node = node.zero != null ? node.zero : (node.zero = new Node<>());
                } else {
                    node = node.one != null ? node.one : (node.one = new Node<>());
                }
            }
            return node;
        }

        /** Values of every prefix of {@code ip} that holds one, shortest first. */
        List<T> matchesAlong(byte[] ip) {
            List<T> found = new ArrayList<>(4);
            Node<T> node = this;
            int bits = ip.length * 8;
            for (int i = 0; node != null; i++) {
                if (node.value != null) {
                    found.add(node.value);
                }
                if (i == bits) {
                    break;
                }
                node = IpSubnet.bitOf(ip, i) == 0 ? node.zero : node.one;
            }
            return found;
        }
    }
}
