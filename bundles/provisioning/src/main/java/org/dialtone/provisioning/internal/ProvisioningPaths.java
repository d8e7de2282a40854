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
}
