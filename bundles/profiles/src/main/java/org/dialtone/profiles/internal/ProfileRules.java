package org.dialtone.profiles.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.Names;
import org.dialtone.api.profiles.ParameterValues;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.ProfileType;

/** Profile names (guide: Field Input Requirements, Create Configuration Profiles) and parameters. */
final class ProfileRules {
    static final int MAX_NAME = 128;
    static final int MAX_VALUE = 4000;
    static final int MAX_ATTRIBUTES = 50_000;
    private static final Pattern PARAMETER = Pattern.compile("[A-Za-z_][A-Za-z0-9_\\-]*(\\.[A-Za-z0-9_\\-]+)*");

    private ProfileRules() {
    }

    static String name(String field, String name) {
        return Names.require(field, name, MAX_NAME);
    }

    /** Standard, template and software profiles are read-only: an admin changes a copy. */
    static void requireEditable(Profile profile, String what) {
        if (!profile.type().editable()) {
            throw new InvalidInputException("profile", profile.name() + " is a " + profile.type().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                    + " profile and cannot be " + what + "; copy it to a user-defined profile and change the copy");
        }
    }

    /** A template is copied before use; a csv profile belongs to its device alone. */
    static void requireAssignable(List<Profile> profiles) {
        for (int i = 0; i < profiles.size(); i++) {
            Profile profile = profiles.get(i);
            if (!profile.type().assignable()) {
                throw new InvalidInputException("profileIds[" + i + "]", profile.name() + (profile.type() == ProfileType.TEMPLATE
                        ? " is a template: copy it, fill in the copy and assign that"
                        : " is a device's csv profile and applies to that device only"));
            }
        }
    }

    static String description(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String s = text.strip();
        if (s.length() > 1024) {
            throw new InvalidInputException("description", "at most 1024 characters");
        }
        return s;
    }

    /** Checks names and values; a parameter listed twice keeps its later value, in the place of its first. */
    static List<ProfileAttribute> attributes(List<ProfileAttribute> attributes) {
        if (attributes.size() > MAX_ATTRIBUTES) {
            throw new InvalidInputException("attributes", "at most " + MAX_ATTRIBUTES + " parameters per profile");
        }
        Map<String, ProfileAttribute> byName = new LinkedHashMap<>();
        for (int i = 0; i < attributes.size(); i++) {
            ProfileAttribute a = attributes.get(i);
            String field = "attributes[" + i + "]";
            if (a == null || a.name() == null || a.name().isBlank()) {
                throw new InvalidInputException(field + ".name", "is required, such as reg.1.address");
            }
            String name = a.name().strip();
            if (name.length() > 255 || !PARAMETER.matcher(name).matches()) {
                throw new InvalidInputException(field + ".name", "'" + name + "' is not a parameter name: dot-separated parts of"
                        + " letters, digits, _ and -, starting with a letter or _ (such as reg.1.address), at most 255 characters");
            }
            String value = a.value() == null ? "" : a.value();
            if (value.length() > MAX_VALUE) {
                throw new InvalidInputException(field + ".value", name + " is " + value.length() + " characters long; at most " + MAX_VALUE);
            }
            ParameterValues.check(field + ".value", name, value);
            byName.put(name, new ProfileAttribute(name, value, a.resourceFileId()));
        }
        return new ArrayList<>(byName.values());
    }
}
