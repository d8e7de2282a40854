package org.dialtone.api.tasks;

import java.util.Locale;
import org.dialtone.api.InvalidInputException;

/**
 * What a task acts on: a device, a device group, a site, a user or a user group by id (a user's devices), or the
 * devices a Device Monitor filter matches
 * ({@code filter}: the query string of {@code GET /devices}, such as {@code model=VVX410&siteId=3}; empty for all).
 */
public record TaskTarget(Kind kind, Long id, String filter) {
    public enum Kind { DEVICE, GROUP, SITE, USER, USER_GROUP, FILTER }

    public TaskTarget {
        if (kind == null) {
            throw new InvalidInputException("targets.kind", "is required: device, group, site, user, user-group or filter");
        }
        if (kind == Kind.FILTER) {
            id = null;
            filter = filter == null ? "" : filter.strip();
            if (filter.length() > 1000) {
                throw new InvalidInputException("targets.filter", "may be at most 1000 characters");
            }
        } else if (id == null || id < 1) {
            throw new InvalidInputException("targets.id", "is required for a " + kind.name().toLowerCase(Locale.ROOT) + " target");
        } else {
            filter = null;
        }
    }

    public static TaskTarget device(long id) {
        return new TaskTarget(Kind.DEVICE, id, null);
    }
}
