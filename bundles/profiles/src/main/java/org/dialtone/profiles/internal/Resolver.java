package org.dialtone.profiles.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveAttribute;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.Source;
import org.dialtone.store.ResolutionData;

/**
 * A device's effective configuration (F-DEPLOY): the csv profile first, then the containers in
 * {@link PriorityOrder}, each container's
 * profiles by rank. For every parameter the first profile that sets it wins; the later ones are kept as
 * shadowed, for the explanation. The software image follows the same rule. A profile reached twice counts
 * once, where it ranks highest.
 */
final class Resolver {
    private static final Pattern MAC_VARIABLE = Pattern.compile("\\$\\{mac_address\\}|\\$mac_address(?![A-Za-z0-9_])");

    private Resolver() {
    }

    static EffectiveConfig resolve(ResolutionData data) {
        List<Source> order = new ArrayList<>();
        List<Profile> profiles = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        if (data.csvProfile() != null) {
            order.add(source(ContainerType.DEVICE, Long.toString(data.deviceId()), "csv import", data.csvProfile()));
            profiles.add(data.csvProfile());
            seen.add(data.csvProfile().id());
        }
        for (ResolutionData.Member member : PriorityOrder.highestFirst(data.containers())) {
            for (Long id : member.profileIds()) {
                Profile profile = data.profiles().get(id);
                if (profile != null && seen.add(id)) {
                    order.add(source(member.type(), member.key(), member.name(), profile));
                    profiles.add(profile);
                }
            }
        }

        Map<String, Source> winners = new LinkedHashMap<>();
        Set<String> bound = new HashSet<>();
        Map<String, List<Source>> shadowed = new LinkedHashMap<>();
        List<Source> software = new ArrayList<>();
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            Source where = order.get(i);
            if (profile.softwareImageId() != null) {
                software.add(withValue(where, profile.softwareImageId().toString()));
            }
            for (ProfileAttribute attribute : profile.attributes()) {
                Source source = withValue(where, attribute.value());
                if (winners.putIfAbsent(attribute.name(), source) != null) {
                    shadowed.computeIfAbsent(attribute.name(), k -> new ArrayList<>()).add(source);
                } else if (attribute.resourceFileId() != null) {
                    bound.add(attribute.name());
                }
            }
        }
        List<EffectiveAttribute> attributes = new ArrayList<>(winners.size());
        winners.forEach((name, source) -> attributes.add(new EffectiveAttribute(name, substitute(source.value(), data.mac()),
                source, shadowed.getOrDefault(name, List.of()), bound.contains(name))));
        attributes.sort(java.util.Comparator.comparing(EffectiveAttribute::name));
        return new EffectiveConfig(data.deviceId(), attributes, software.isEmpty() ? null : software.get(0), order, software);
    }

    /** {@code ${mac_address}} and {@code $mac_address} become the device's MAC (guide: Customizing Attributes). */
    static String substitute(String value, String mac) {
        if (mac == null || value.indexOf('$') < 0) {
            return value;
        }
        return MAC_VARIABLE.matcher(value).replaceAll(Matcher.quoteReplacement(mac));
    }

    private static Source source(ContainerType type, String key, String name, Profile profile) {
        return new Source(type, key, name, profile.id(), profile.name(), null);
    }

    private static Source withValue(Source s, String value) {
        return new Source(s.containerType(), s.containerKey(), s.containerName(), s.profileId(), s.profileName(), value);
    }
}
