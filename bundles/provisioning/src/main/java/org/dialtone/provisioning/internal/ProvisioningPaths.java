package org.dialtone.provisioning.internal;

import java.util.regex.Pattern;

/** Which request paths the endpoint even looks at: plain relative names, never a way out of the tree. */
final class ProvisioningPaths {
    static final int MAX_LENGTH = 255;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]{0,127}");

    private ProvisioningPaths() {
    }

    /** The path without its leading slash when every segment is a plain name; null otherwise. */
    static String clean(String path) {
        if (path == null) {
            return null;
        }
        String p = path.startsWith("/") ? path.substring(1) : path;
        if (p.isEmpty() || p.length() > MAX_LENGTH) {
            return null;
        }
        for (String segment : p.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.contains("..")) {
                return null;
            }
        }
        return p;
    }

    private static final Pattern LEADING_MAC = Pattern.compile("([0-9A-Fa-f]{12})(?:[.-].*)?");
    private static final Pattern SERIAL_IN_AGENT = Pattern.compile("\\bSN:([A-Za-z0-9-]{1,64})");

    /** The MAC address a file name starts with ({@code 0004f2…cfg}, {@code 0004f2…-phone.cfg}), not the all-devices one. */
    static String leadingMac(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        java.util.regex.Matcher m = LEADING_MAC.matcher(name);
        if (!m.matches() || m.group(1).equals("000000000000")) {
            return null;
        }
        return m.group(1).toLowerCase(java.util.Locale.ROOT);
    }

    /** A serial number a user agent states as {@code SN:<serial>}, as Poly's serial-identified devices do. */
    static String serialInUserAgent(String userAgent) {
        java.util.regex.Matcher m = SERIAL_IN_AGENT.matcher(userAgent);
        return m.find() ? m.group(1) : null;
    }
}
