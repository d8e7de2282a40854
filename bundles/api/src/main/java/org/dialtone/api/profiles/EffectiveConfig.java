package org.dialtone.api.profiles;

import java.util.List;

/**
 * What a device gets (F-DEPLOY-4/5): every parameter by name, the software image its highest-priority
 * selecting profile chooses (null when none does), and the profiles that apply, highest priority first.
 */
public record EffectiveConfig(long deviceId, List<EffectiveAttribute> attributes, Source software, List<Source> profiles) {
    public EffectiveConfig {
        attributes = List.copyOf(attributes);
        profiles = List.copyOf(profiles);
    }
}
