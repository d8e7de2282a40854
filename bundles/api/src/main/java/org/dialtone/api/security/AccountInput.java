package org.dialtone.api.security;

/**
 * An account as an admin writes it. On create {@code password} and {@code role} are required; on replace a null
 * {@code password} keeps the current one and {@code expectedVersion} (optional) refuses a change made meanwhile.
 */
public record AccountInput(String name, String fullName, String email, String role, Boolean enabled, String password,
                           Long expectedVersion) {
}
