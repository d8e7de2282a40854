package org.dialtone.api.profiles;

/** The profile list's filters; {@code search} is a case-insensitive substring of the name or description. */
public record ProfileQuery(String search, ProfileType type, boolean descending) {
}
