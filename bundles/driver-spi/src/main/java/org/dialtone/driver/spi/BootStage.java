package org.dialtone.driver.spi;

/** Where in its boot a device was when it made a request; firmware is recorded only from APPLICATION. */
public enum BootStage {
    BOOTROM,
    UPDATER,
    APPLICATION,
    UNKNOWN
}
