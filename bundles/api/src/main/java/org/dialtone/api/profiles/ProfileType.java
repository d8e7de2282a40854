package org.dialtone.api.profiles;

/** The guide's profile types (View Configuration Profile List). */
public enum ProfileType {
    /** Read-only, shipped by a device driver. */
    STANDARD,
    /** A standard profile ending in -TEMPLATE: copy it before use; it cannot be assigned. */
    TEMPLATE,
    USER_DEFINED,
    /** A device's csv profile, created by CSV import, bound to that device only. */
    USER_IMPORTED,
    /** Generated per software image. */
    SOFTWARE;

    public boolean editable() {
        return this == USER_DEFINED || this == USER_IMPORTED;
    }

    public boolean assignable() {
        return this != TEMPLATE && this != USER_IMPORTED;
    }
}
