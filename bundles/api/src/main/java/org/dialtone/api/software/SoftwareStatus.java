package org.dialtone.api.software;

/**
 * The devices told to run an image, by where they stand (F-SW-4): {@code upToDate} report its version, {@code pending}
 * do not yet, {@code failing} still report another version after {@value SoftwareState#FAILING_AFTER_POLLS} requests.
 * The row with a null {@code imageId} counts the devices no profile gives an image ({@code none}).
 */
public record SoftwareStatus(Long imageId, String imageName, String version, long upToDate, long pending, long failing, long none) {
}
