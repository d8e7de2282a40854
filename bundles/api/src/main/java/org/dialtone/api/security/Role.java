package org.dialtone.api.security;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * What an account may do (F-ADMIN-1); {@link RoleMatrix} says it area by area. {@code principal} is the JAAS role an
 * account of it signs in with: an admin's is Karaf's own {@code admin} (the web console, SSH, the shell's rules).
 */
public enum Role {
    ADMIN("admin"),
    OPERATOR("dialtone-operator"),
    VIEWER("dialtone-viewer");

    private final String principal;

    Role(String principal) {
        this.principal = principal;
    }

    public String principal() {
        return principal;
    }

    /** Whether an account of this role may hand {@code other} on (to a token it creates): never more than its own. */
    public boolean mayGrant(Role other) {
        return ordinal() <= other.ordinal();
    }

    /** The highest role among the JAAS roles a signed-in subject holds. */
    public static Optional<Role> of(Predicate<String> holds) {
        for (Role role : values()) {
            if (holds.test(role.principal)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }

    /** A role as an admin types it, in any case; empty for none of them. */
    public static Optional<Role> parse(String text) {
        for (Role role : values()) {
            if (role.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
