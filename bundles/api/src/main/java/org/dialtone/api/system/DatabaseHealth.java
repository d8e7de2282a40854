package org.dialtone.api.system;

/**
 * @param kind          product name and version, e.g. {@code H2 2.2.224}; {@code unknown} when unreachable
 * @param state         {@code UP} or {@code DOWN}
 * @param schemaVersion the newest applied schema migration, 0 when none
 * @param detail        what is wrong and what to do, when DOWN
 */
public record DatabaseHealth(String kind, String state, int schemaVersion, String detail) {
    public static final String UP = "UP";
    public static final String DOWN = "DOWN";

    public boolean up() {
        return UP.equals(state);
    }
}
