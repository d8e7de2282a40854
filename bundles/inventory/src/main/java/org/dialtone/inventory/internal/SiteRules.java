package org.dialtone.inventory.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.inventory.PublicSubnet;
import org.dialtone.store.RowResult;
import org.dialtone.api.inventory.SiteInput;
import org.dialtone.api.inventory.Subnet;
import org.dialtone.store.SiteRepository;
import org.dialtone.store.SiteWrite;
import org.dialtone.store.StoredSubnet;

/** What makes a site valid (guide: Add a Site, Field Input Requirements, Configure Download Path for a Site). */
final class SiteRules {
    static final int MAX_PUBLIC_SUBNETS = 1000;
    static final int MAX_PRIVATE_SUBNETS = 1000;
    static final int MIN_POLL_MINUTES = 5;
    static final int MAX_POLL_MINUTES = 7 * 24 * 60;

    private SiteRules() {
    }

    /** The Internet site takes every device no other site matches: it stays as it is. */
    static void requireNotInternet(org.dialtone.api.inventory.Site site, String change) {
        if (org.dialtone.api.inventory.Site.INTERNET.equals(site.builtIn())) {
            throw new InvalidInputException("site", "the Internet site cannot be " + change + ": it takes every device no other site matches");
        }
    }

    /**
     * The seeded Intranet's public subnet is a placeholder of zeros that matches no device (guide: Sites): until an
     * admin sets it up, say so, since meanwhile every device that is in no other site is in Internet.
     */
    static java.util.Optional<String> intranetNotice(org.dialtone.api.inventory.Site site) {
        boolean placeholder = org.dialtone.api.inventory.Site.INTRANET.equals(site.builtIn())
                && site.publicSubnets().stream().allMatch(s -> s.maskLength() == 32 && s.ipAddress().equals("0.0.0.0") && s.privateSubnets().isEmpty());
        return placeholder ? java.util.Optional.of("The " + site.name() + " site is not set up yet: give it your enterprise's public"
                + " subnets (or delete it). Until then devices in no other site are in Internet and get the outside download path.")
                : java.util.Optional.empty();
    }

    /** A CSV row naming the Internet site fails on its own; the other rows go on. */
    static java.util.Optional<RowResult> internetRow(SiteRepository.ImportedSite row, String internetName) {
        if (!row.site().name().equalsIgnoreCase(internetName)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new RowResult(row.line(), RowResult.Outcome.FAILED,
                "site_name " + internetName + " is the built-in site for devices outside every other site; it cannot be changed"));
    }

    static SiteWrite validate(SiteInput site) {
        String name = Names.require("name", site.name());
        String description = Names.text("description", site.description(), 1024);
        String location = Names.text("location", site.location(), 255);
        String downloadPath = downloadPath(site.downloadPath());
        if (site.publicSubnets().size() > MAX_PUBLIC_SUBNETS) {
            throw new InvalidInputException("publicSubnets", "at most " + MAX_PUBLIC_SUBNETS + " public subnets per site");
        }
        List<StoredSubnet> publics = new ArrayList<>();
        Set<IpSubnet> seen = new HashSet<>();
        for (int i = 0; i < site.publicSubnets().size(); i++) {
            PublicSubnet pub = site.publicSubnets().get(i);
            String field = "publicSubnets[" + i + "]";
            if (pub == null) {
                throw new InvalidInputException(field, "must be an object with ipAddress and maskLength");
            }
            IpSubnet subnet = subnet(field, pub.ipAddress(), pub.maskLength());
            if (!seen.add(subnet)) {
                throw new InvalidInputException(field, subnet + " is listed twice; list each public subnet once with all its private subnets");
            }
            if (pub.privateSubnets().size() > MAX_PRIVATE_SUBNETS) {
                throw new InvalidInputException(field + ".privateSubnets", "at most " + MAX_PRIVATE_SUBNETS + " private subnets per public subnet");
            }
            List<StoredSubnet> privates = new ArrayList<>();
            Set<IpSubnet> seenPrivate = new HashSet<>();
            for (int j = 0; j < pub.privateSubnets().size(); j++) {
                Subnet priv = pub.privateSubnets().get(j);
                String privateField = field + ".privateSubnets[" + j + "]";
                if (priv == null) {
                    throw new InvalidInputException(privateField, "must be an object with ipAddress and maskLength");
                }
                IpSubnet privateSubnet = subnet(privateField, priv.ipAddress(), priv.maskLength());
                if (seenPrivate.add(privateSubnet)) {
                    privates.add(stored(priv.ipAddress(), privateSubnet, List.of()));
                }
            }
            publics.add(stored(pub.ipAddress(), subnet, privates));
        }
        return new SiteWrite(name, description, location, downloadPath,
                site.agentSiteSpecific() != null && site.agentSiteSpecific(), pollInterval(site.pollIntervalMinutes()), publics);
    }

    /** From five minutes (a phone's REST API answers one request at a time) to a week. */
    static Integer pollInterval(Integer minutes) {
        if (minutes != null && (minutes < MIN_POLL_MINUTES || minutes > MAX_POLL_MINUTES)) {
            throw new InvalidInputException("pollIntervalMinutes", "must be from " + MIN_POLL_MINUTES + " to " + MAX_POLL_MINUTES
                    + " minutes, or left out for the installation's poll interval");
        }
        return minutes;
    }

    static IpSubnet subnet(String field, String address, int maskLength) {
        if (address == null || address.isBlank()) {
            throw new InvalidInputException(field + ".ipAddress", "is required, for example 10.0.0.0");
        }
        try {
            return IpSubnet.of(address, maskLength);
        } catch (IllegalArgumentException e) {
            String rule = e.getMessage();
            throw new InvalidInputException(rule.startsWith("mask length") ? field + ".maskLength" : field + ".ipAddress", rule);
        }
    }

    private static StoredSubnet stored(String typed, IpSubnet subnet, List<StoredSubnet> privates) {
        return new StoredSubnet(typed.strip(), subnet.length(), subnet.rangeLow(), subnet.rangeHigh(), privates);
    }

    /** An http(s) URL such as https://relay.example.com/, or null to use the provisioning settings' path. */
    static String downloadPath(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        try {
            URI uri = new URI(s);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || s.length() > 2048) {
                throw new URISyntaxException(s, "not an http(s) URL with a host");
            }
            return s;
        } catch (URISyntaxException e) {
            throw new InvalidInputException("downloadPath", "'" + s + "' is not an http(s) URL with a host, such as https://relay.example.com/");
        }
    }
}
