package org.dialtone.driver.spi;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a family's requests carry the device's identity, as data the core keeps while the driver is away: a device
 * of a family whose driver is gone is still found, and told to come back later (503) instead of "not found".
 *
 * @param where   the part of the request the pattern reads
 * @param pattern a regular expression whose first group is the MAC address or serial number; {@code find}, not {@code matches}
 */
public record IdentityPattern(Where where, Pattern pattern, DeviceIdentity.Kind kind) {
    public enum Where { FILE_NAME, USER_AGENT, BODY }

    /** {@code 0004f2a1b2c3.cfg}, {@code 0004f2a1b2c3-phone.cfg}: the MAC a requested file name starts with. */
    public static final IdentityPattern MAC_IN_FILE_NAME =
            new IdentityPattern(Where.FILE_NAME, Pattern.compile("^([0-9A-Fa-f]{12})(?:[.-].*)?$"), DeviceIdentity.Kind.MAC);
    /** {@code SN:<serial>} in the user agent, as Poly's serial-identified devices state it. */
    public static final IdentityPattern SERIAL_IN_USER_AGENT =
            new IdentityPattern(Where.USER_AGENT, Pattern.compile("\\bSN:([A-Za-z0-9-]{1,64})"), DeviceIdentity.Kind.SERIAL);

    public Optional<DeviceIdentity> read(ProvisioningRequest request) {
        String text = switch (where) {
            case FILE_NAME -> request.path().substring(request.path().lastIndexOf('/') + 1);
            case USER_AGENT -> request.userAgent().orElse("");
            case BODY -> request.body() == null ? "" : request.body();
        };
        Matcher m = pattern.matcher(text);
        if (!m.find() || m.groupCount() < 1 || m.group(1) == null) {
            return Optional.empty();
        }
        try {
            DeviceIdentity identity = kind == DeviceIdentity.Kind.MAC ? DeviceIdentity.mac(m.group(1)) : DeviceIdentity.serial(m.group(1));
            return identity.kind() == DeviceIdentity.Kind.MAC && identity.value().equals("000000000000") ? Optional.empty() : Optional.of(identity);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
