package org.dialtone.api.profiles;

import java.util.List;

/**
 * What a device gets (F-DEPLOY-4/5): every parameter by name, the software image its highest-priority selecting
 * profile chooses (null when none does), and the profiles that apply, highest priority first.
 * {@code softwareChoices} are all the selections in priority order: a device takes the first image that serves its
 * model, so a Group Series image and a phone image can be selected side by side (guide: Provisioning and Upgrading
 * RealPresence Group Series Via Polycom Trio).
 */
public record EffectiveConfig(long deviceId, List<EffectiveAttribute> attributes, Source software, List<Source> profiles,
                              List<Source> softwareChoices) {
    public EffectiveConfig {
        attributes = List.copyOf(attributes);
        profiles = List.copyOf(profiles);
        softwareChoices = List.copyOf(softwareChoices);
    }

    public EffectiveConfig(long deviceId, List<EffectiveAttribute> attributes, Source software, List<Source> profiles) {
        this(deviceId, attributes, software, profiles, software == null ? List.of() : List.of(software));
    }
}
