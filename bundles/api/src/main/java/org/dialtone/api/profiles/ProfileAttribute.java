package org.dialtone.api.profiles;

/** One parameter of a profile; {@code resourceFileId} binds it to an uploaded resource file, or is null. */
public record ProfileAttribute(String name, String value, Long resourceFileId) {
    public ProfileAttribute(String name, String value) {
        this(name, value, null);
    }
}
