package org.dialtone.api.tls;

import java.util.List;

/**
 * The certificate the HTTPS listeners serve and the device trust anchors. A certificate is applied without a restart
 * and, with several nodes, lives in the database sealed so that every node serves the same one. Each install is
 * checked first and refused, changing nothing, when the key does not match, the chain is out of order or incomplete,
 * a certificate is expired or not yet valid, the provisioning host name is not among its names, or it may not serve TLS.
 */
public interface ServerCertificateService {
    List<ServerCertificate> served();

    /** The chain and its private key in one PEM text (certificates, then the key; PKCS#8, PKCS#1 or SEC1). */
    List<ServerCertificate> installPem(String pem, String by);

    List<ServerCertificate> installPkcs12(byte[] keystore, char[] password, String by);

    /** Goes back to the self-signed pair under the installation's CA (made anew for the current host name). */
    List<ServerCertificate> useSelfSigned(String by);

    /** The served chains as PEM, server certificates first. */
    String certificatePem();

    /** The CA phones must trust, as PEM. */
    String authorityPem();

    List<ServerCertificate> deviceTrust();

    /** Replaces the device trust anchors with the CA certificates in {@code pem}. */
    List<ServerCertificate> installDeviceTrust(String pem, String by);

    void removeDeviceTrust(String by);

    TlsStatus status();
}
