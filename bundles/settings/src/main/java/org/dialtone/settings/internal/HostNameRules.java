package org.dialtone.settings.internal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The guide's host name rules for the provisioning address, applied to the first label of the name phones
 * are given; the other labels follow DNS. An IPv4 address is accepted as well, for networks without DNS.
 */
final class HostNameRules {
    private static final Pattern FIRST_LABEL_CHARS = Pattern.compile("[a-z0-9_-]+");
    private static final Pattern DNS_LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
    private static final Pattern RESERVED_T_NUMBER = Pattern.compile("t\\d.*");

    private HostNameRules() {
    }

    /** Returns the broken rule, or empty when the name is acceptable. */
    static Optional<String> violation(String name) {
        if (name.length() > 253) {
            return Optional.of("must be at most 253 characters");
        }
        if (IPV4.matcher(name).matches()) {
            return Optional.empty();
        }
        String[] labels = name.split("\\.", -1);
        String first = labels[0];
        if (!FIRST_LABEL_CHARS.matcher(first).matches()) {
            return Optional.of("the host name '" + first + "' may use only lowercase letters, numbers, '_' and '-'");
        }
        if (!Character.isLetterOrDigit(first.charAt(0)) || !Character.isLetterOrDigit(first.charAt(first.length() - 1))) {
            return Optional.of("the host name '" + first + "' must start and end with a lowercase letter or number");
        }
        if (first.length() < 2 || first.length() > 31) {
            return Optional.of("the host name '" + first + "' must be 2 to 31 characters long");
        }
        if (RESERVED_T_NUMBER.matcher(first).matches() || first.equals("www")
                || first.startsWith("ops") || first.startsWith("service") || first.startsWith("console")) {
            return Optional.of("the host name '" + first + "' is reserved: it may not be 'www', start with 't' followed"
                    + " by numbers, or start with 'ops', 'service' or 'console'");
        }
        for (int i = 1; i < labels.length; i++) {
            if (!DNS_LABEL.matcher(labels[i]).matches()) {
                return Optional.of("the domain part '" + labels[i] + "' must be 1 to 63 lowercase letters, numbers or"
                        + " '-', not starting or ending with '-'");
            }
        }
        return Optional.empty();
    }
}
