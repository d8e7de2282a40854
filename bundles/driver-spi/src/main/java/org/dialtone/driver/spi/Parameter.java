package org.dialtone.driver.spi;

/** One configuration parameter as the device is to receive it. */
public record Parameter(String name, String value) {
}
