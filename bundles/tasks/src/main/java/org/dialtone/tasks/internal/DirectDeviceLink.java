package org.dialtone.tasks.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.X509TrustManager;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.driver.spi.DeviceRequest;
import org.dialtone.store.DeviceApiPinRepository;
import org.dialtone.store.InstallationSecretRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The device's REST API on its own address, as {@code Polycom:<admin password>} (the password Dialtone's management
 * baseline gave the device). Devices' certificates are Polycom-signed or self-signed: one that leads to a device CA the
 * admin installed ({@code etc/dialtone-device-trust.pem}) is accepted, also when it replaced the one pinned before (the
 * pin follows it); otherwise the first one a device presents is pinned, and a changed one is refused until an admin
 * accepts it.
 */
@Component(service = DeviceLink.class, configurationPid = "org.dialtone.tasks")
public class DirectDeviceLink implements DeviceLink {
    private static final Logger LOG = LoggerFactory.getLogger(DirectDeviceLink.class);
    private static final int MAX_ANSWER = 16 * 1024 * 1024;

    private final DeviceApiPinRepository pins;
    private final InstallationSecretRepository secrets;
    private final SecretCipher cipher;
    private final ObjectMapper json = new ObjectMapper();
    private final org.dialtone.bootstrap.tls.DeviceTrustAnchors deviceCas = org.dialtone.bootstrap.tls.DeviceTrustAnchors.installed();
    private volatile TasksConfig config;
    private volatile String adminPassword;

    @Activate
    public DirectDeviceLink(@Reference DeviceApiPinRepository pins, @Reference InstallationSecretRepository secrets,
                            @Reference SecretCipher cipher, TasksConfig config) {
        this.pins = pins;
        this.secrets = secrets;
        this.cipher = cipher;
        this.config = config;
    }

    @Modified
    void modified(TasksConfig changed) {
        config = changed;
    }

    @Override
    public DeviceAnswer call(Device device, DeviceRequest request) throws IOException {
        String address = device.privateIp() != null ? device.privateIp() : device.publicIp();
        if (address == null) {
            throw new IOException("no address is known for the device yet: it has not contacted Dialtone");
        }
        String host = address.contains(":") ? "[" + address + "]" : address;
        URL url = new URL(config.deviceApi().replace("{address}", host).replace("{mac}", device.mac() == null ? "" : device.mac()) + request.path());
        Pinning pinning = new Pinning(pins.pin(device.id()), deviceCas.anchors());
        HttpsURLConnection connection = (HttpsURLConnection) url.openConnection();
        try {
            connection.setSSLSocketFactory(pinning.context().getSocketFactory());
            // The pin stands in for the host name, which a device's certificate does not carry.
            connection.setHostnameVerifier((name, session) -> true);
            connection.setConnectTimeout(config.deviceTimeoutSeconds() * 1000);
            connection.setReadTimeout(config.deviceTimeoutSeconds() * 1000);
            connection.setInstanceFollowRedirects(false);
            connection.setRequestMethod(request.method());
            connection.setRequestProperty("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("Polycom:" + adminPassword()).getBytes(StandardCharsets.UTF_8)));
            connection.setRequestProperty("Accept", "application/json");
            connection.setRequestProperty("Connection", "close");
            if (request.body() != null) {
                byte[] body = json.writeValueAsBytes(request.body());
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", "application/json");
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            byte[] body;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                body = in == null ? new byte[0] : in.readNBytes(MAX_ANSWER);
            }
            if (pinning.seen != null && pinning.pinned.isEmpty()) {
                pins.pinFirst(device.id(), pinning.seen);
                LOG.info("Pinned the REST API certificate of device {} ({}){}: SHA-256 {}", device.id(), device.mac(),
                        pinning.validated ? ", which a device CA signed" : "", pinning.seen);
            } else if (pinning.seen != null && !pinning.pinned.get().equalsIgnoreCase(pinning.seen)) {
                pins.forget(device.id());
                pins.pinFirst(device.id(), pinning.seen);
                LOG.info("Device {} ({}) presented a new REST API certificate that a device CA signed: the pin follows it (SHA-256 {})",
                        device.id(), device.mac(), pinning.seen);
            }
            return new DeviceAnswer(status, connection.getContentType(), body);
        } catch (SSLHandshakeException e) {
            if (pinning.changed != null) {
                throw new ChangedCertificateException("the device presented another certificate (SHA-256 " + pinning.changed
                        + ") than the one pinned on first contact; if it was replaced, accept it with DELETE /api/v1/devices/" + device.id()
                        + "/api-certificate and run the task again");
            }
            throw e;
        } finally {
            connection.disconnect();
        }
    }

    /** Generated once per installation and never changed, so read once. */
    private String adminPassword() throws IOException {
        String known = adminPassword;
        if (known != null) {
            return known;
        }
        try {
            String sealed = secrets.getOrCreate("device_admin_password", () -> {
                throw new IllegalStateException("no device has been given an admin password yet");
            });
            adminPassword = new String(cipher.open(sealed), StandardCharsets.UTF_8);
            return adminPassword;
        } catch (RuntimeException e) {
            throw new IOException("Dialtone holds no admin password for devices yet: deploy the management baseline profile first ("
                    + e.getMessage() + ")");
        }
    }

    /** Accepts a chain that leads to a device CA, or (device certificates are self-signed or Polycom's) whose leaf matches the pin, if any. */
    static final class Pinning implements X509TrustManager {
        final Optional<String> pinned;
        private final java.util.Set<java.security.cert.TrustAnchor> deviceCas;
        volatile String seen;
        volatile String changed;
        volatile boolean validated;

        Pinning(Optional<String> pinned, java.util.Set<java.security.cert.TrustAnchor> deviceCas) {
            this.pinned = pinned;
            this.deviceCas = deviceCas;
        }

        SSLContext context() throws IOException {
            try {
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(null, new javax.net.ssl.TrustManager[] {this}, null);
                return context;
            } catch (java.security.GeneralSecurityException e) {
                throw new IOException("TLS is unavailable: " + e.getMessage(), e);
            }
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            if (chain == null || chain.length == 0) {
                throw new CertificateException("the device presented no certificate");
            }
            String fingerprint = sha256(chain[0]);
            if (!deviceCas.isEmpty()) {
                try {
                    org.dialtone.bootstrap.tls.DeviceTrustAnchors.validate(chain, deviceCas, new java.util.Date());
                    validated = true;
                    seen = fingerprint;
                    return;
                } catch (java.security.GeneralSecurityException e) {
                    // Not signed by an installed device CA (a self-signed device): the pin decides.
                }
            }
            if (pinned.isPresent() && !pinned.get().equalsIgnoreCase(fingerprint)) {
                changed = fingerprint;
                throw new CertificateException("the certificate is not the pinned one");
            }
            seen = fingerprint;
        }

        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) throws CertificateException {
            throw new CertificateException("not a server");
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }

        private static String sha256(X509Certificate certificate) throws CertificateException {
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
            } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
                throw new CertificateException(e);
            }
        }
    }

}
