package org.dialtone.api.tls;

import java.util.List;

/**
 * The server's TLS as health and {@code GET /api/v1/tls} show it.
 *
 * @param certificates what the HTTPS listeners serve now
 * @param authority    the CA phones must trust: the installation's, or the top of an installed chain
 * @param deviceTrust  the anchors device factory certificates are checked against
 * @param notices      what the admin should do, such as renewing a certificate that expires within 30 days
 */
public record TlsStatus(List<ServerCertificate> certificates, ServerCertificate authority, List<ServerCertificate> deviceTrust,
                        List<TlsListener> listeners, List<TlsClientCount> clients, List<LegacyDevice> legacyDevices, List<String> notices) {
    public TlsStatus {
        certificates = List.copyOf(certificates);
        deviceTrust = List.copyOf(deviceTrust);
        listeners = List.copyOf(listeners);
        clients = List.copyOf(clients);
        legacyDevices = List.copyOf(legacyDevices);
        notices = List.copyOf(notices);
    }
}
