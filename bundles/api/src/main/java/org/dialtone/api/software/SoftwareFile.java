package org.dialtone.api.software;

/** A file of a software image that devices download ({@code sip.ld}, {@code 3111-46135-002.sip.ld}, {@code sip.ver}). */
public record SoftwareFile(String name, String sha256, long bytes) {
}
