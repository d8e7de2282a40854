package org.dialtone.bootstrap.internal;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

final class HostNames {
    private HostNames() {
    }

    static String local() {
        try {
            String name = InetAddress.getLocalHost().getCanonicalHostName().toLowerCase(Locale.ROOT);
            return name.matches("[a-z0-9.-]{1,253}") ? name : "localhost";
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
