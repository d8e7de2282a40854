package org.dialtone.api.security;

/**
 * An account as an admin writes it. On create {@code password} and {@code role} are required; on replace a null
 * {@code password} keeps the current one and {@code expectedVersion} (optional) refuses a change made meanwhile.
 * {@code siteIds}: the sites it is limited to, an empty list for every site; null keeps them (every site on create).
 */
public record AccountInput(String name, String fullName, String email, String role, Boolean enabled, String password,
                           Long expectedVersion, java.util.List<Long> siteIds) {
    public AccountInput(String name, String fullName, String email, String role, Boolean enabled, String password, Long expectedVersion) {
        this(name, fullName, email, role, enabled, password, expectedVersion, null);
    }
}
