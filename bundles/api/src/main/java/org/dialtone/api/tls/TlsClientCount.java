package org.dialtone.api.tls;

/**
 * How many TLS sessions devices opened with one protocol, suite and server certificate type since the server started:
 * the evidence of what real phones speak.
 *
 * @param listener        {@code https} (the main port) or {@code legacy}
 * @param certificateType {@code RSA} or {@code EC}
 */
public record TlsClientCount(String listener, String protocol, String cipherSuite, String certificateType, long sessions) {
}
