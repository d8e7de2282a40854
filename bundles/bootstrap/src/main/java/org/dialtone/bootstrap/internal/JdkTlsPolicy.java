package org.dialtone.bootstrap.internal;

import java.security.Security;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The JDK refuses some protocol versions and suites for every TLS connection, whatever a listener enables. Phones on
 * UC Software 4.x offer only static-RSA suites, and firmware without TLS 1.2 only TLS 1.0/1.1, so those are taken off the
 * JDK's list before the first handshake; the listeners' own lists then decide (the main port stays TLS 1.2+).
 */
final class JdkTlsPolicy {
    private static final String PROPERTY = "jdk.tls.disabledAlgorithms";

    private JdkTlsPolicy() {
    }

    static void allowPhones(boolean legacyVersions) {
        String current = Security.getProperty(PROPERTY);
        if (current == null) {
            return;
        }
        String relaxed = relaxed(current, legacyVersions);
        if (!relaxed.equals(current)) {
            Security.setProperty(PROPERTY, relaxed);
        }
    }

    static String relaxed(String disabled, boolean legacyVersions) {
        List<String> kept = Arrays.stream(disabled.split(","))
                .map(String::strip)
                .filter(token -> !token.isEmpty())
                .filter(token -> !token.startsWith("TLS_RSA_"))
                .filter(token -> !legacyVersions || !(token.equals("TLSv1") || token.equals("TLSv1.1")))
                .collect(Collectors.toList());
        return String.join(", ", kept);
    }
}
