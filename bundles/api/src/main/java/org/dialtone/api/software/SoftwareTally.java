package org.dialtone.api.software;

/** How many devices stand in {@code state} with an image; a null {@code imageId} counts the devices told to run none. */
public record SoftwareTally(Long imageId, SoftwareState state, long devices) {
}
