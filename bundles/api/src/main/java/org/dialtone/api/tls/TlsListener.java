package org.dialtone.api.tls;

/**
 * A port phones connect to beside the main HTTPS port.
 *
 * @param name      {@code legacy} (HTTPS that also accepts TLS 1.0/1.1) or {@code bootstrap} (plain HTTP, trust bootstrap only)
 * @param port      the port, 0 when off
 * @param on        whether it listens now
 * @param protocols what it accepts, e.g. {@code TLSv1, TLSv1.1, TLSv1.2, TLSv1.3} or {@code HTTP}
 * @param problem   why it does not listen although configured, or null
 */
public record TlsListener(String name, int port, boolean on, String protocols, String problem) {
}
