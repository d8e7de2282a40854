package org.dialtone.api.security;

import java.util.EnumMap;
import java.util.Map;

/**
 * The one table of who may do what: per role, per area of the admin API, no access, reading or writing. The REST
 * layer enforces it ({@link Guarded} on each resource), the console offers only what it allows.
 */
public final class RoleMatrix {
    /** The admin API's areas; a REST resource names its own. */
    public enum Area {
        DEVICES, SITES, GROUPS, PROFILES, DEPLOYMENT, SOFTWARE, FILES, TASKS, MONITORING, ACTIVITY, SETTINGS, CERTIFICATES,
        ACCOUNTS,
        /** The signed-in account itself: its details, password and tokens. */
        OWN_ACCOUNT,
        SYSTEM
    }

    public enum Access { NONE, READ, WRITE }

    private static final Map<Role, Map<Area, Access>> MATRIX = new EnumMap<>(Role.class);

    static {
        for (Role role : Role.values()) {
            MATRIX.put(role, new EnumMap<>(Area.class));
        }
        for (Area area : Area.values()) {
            MATRIX.get(Role.ADMIN).put(area, Access.WRITE);
            MATRIX.get(Role.OPERATOR).put(area, switch (area) {
                case DEVICES, GROUPS, PROFILES, DEPLOYMENT, SOFTWARE, FILES, TASKS, MONITORING, OWN_ACCOUNT -> Access.WRITE;
                case SITES, ACTIVITY, SETTINGS, CERTIFICATES, SYSTEM -> Access.READ;
                case ACCOUNTS -> Access.NONE;
            });
            MATRIX.get(Role.VIEWER).put(area, switch (area) {
                case OWN_ACCOUNT -> Access.WRITE;
                case ACCOUNTS -> Access.NONE;
                default -> Access.READ;
            });
        }
    }

    private RoleMatrix() {
    }

    public static Access access(Role role, Area area) {
        return MATRIX.get(role).get(area);
    }

    public static boolean allows(Role role, Area area, boolean write) {
        return allows(access(role, area), write);
    }

    /**
     * What an account limited to some sites may do: its role's access where it acts on its sites' devices (devices,
     * deployment, tasks, its own account), reading the shared catalogues it needs for that, nothing that spans sites.
     */
    public static Access access(Role role, Area area, boolean siteLimited) {
        Access access = access(role, area);
        if (!siteLimited) {
            return access;
        }
        return switch (area) {
            case DEVICES, DEPLOYMENT, TASKS, OWN_ACCOUNT -> access;
            case SITES, GROUPS, PROFILES, SOFTWARE, SYSTEM -> access == Access.NONE ? Access.NONE : Access.READ;
            case FILES, MONITORING, ACTIVITY, SETTINGS, CERTIFICATES, ACCOUNTS -> Access.NONE;
        };
    }

    public static boolean allows(Role role, Area area, boolean write, boolean siteLimited) {
        return allows(access(role, area, siteLimited), write);
    }

    private static boolean allows(Access access, boolean write) {
        return write ? access == Access.WRITE : access != Access.NONE;
    }

    /** The whole table, for the console and the docs. */
    public static Map<Role, Map<Area, Access>> table() {
        Map<Role, Map<Area, Access>> copy = new EnumMap<>(Role.class);
        MATRIX.forEach((role, areas) -> copy.put(role, Map.copyOf(areas)));
        return copy;
    }
}
