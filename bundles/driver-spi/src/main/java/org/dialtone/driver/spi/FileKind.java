package org.dialtone.driver.spi;

/** What a requested or uploaded path is, so the provisioning endpoint knows how to answer it. */
public enum FileKind {
    /** The device's master configuration ({@code <MAC>.cfg}, {@code 000000000000.cfg}): rendered per device. */
    MASTER_CONFIG,
    /** A configuration file the master configuration lists: rendered from the effective configuration. */
    CONFIG,
    /**
     * The whole configuration of a device of a family with its own polling protocol: every effective parameter,
     * written by {@link DeviceDriver#renderConfigFile}; fetching it counts as the device's provisioning.
     *
     * @since 2.1
     */
    DEVICE_CONFIG,
    /** A software image or its version file, served from the software store. */
    SOFTWARE,
    /** A log the device uploads ({@code -boot.log}, {@code -app.log}). */
    LOG,
    /** Settings changed on the device or its web UI ({@code -phone.cfg}, {@code -web.cfg}): uploaded and served back. */
    OVERRIDE,
    /** The local contact directory ({@code -directory.xml}). */
    CONTACTS,
    /** Call lists ({@code -calls.xml}), uploaded only. */
    CALL_LIST,
    /** Feature licence files. */
    LICENSE,
    /** Crash dumps, uploaded only. */
    CORE_DUMP,
    /**
     * A user's login profile from the user profiles directory ({@code USER_PROFILES_DIRECTORY}).
     *
     * @since 2.1
     */
    USER_PROFILE,
    /**
     * A certificate (PEM, CRT, CER) from the certificate directory that a configuration names.
     *
     * @since 2.1
     */
    CERTIFICATE,
    /**
     * A feature licence key file from the FLK directory.
     *
     * @since 2.1
     */
    FEATURE_LICENSE,
    /** Any other file the admin uploaded for the device or for all (ringtones, backgrounds). */
    RESOURCE
}
