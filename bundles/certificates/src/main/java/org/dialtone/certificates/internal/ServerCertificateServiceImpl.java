package org.dialtone.certificates.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.api.tls.ServerCertificate;
import org.dialtone.api.tls.ServerCertificateService;
import org.dialtone.api.tls.TlsEvidence;
import org.dialtone.api.tls.TlsListeners;
import org.dialtone.api.tls.TlsStatus;
import org.dialtone.bootstrap.tls.CertificateIssuer;
import org.dialtone.bootstrap.tls.OwnerOnlyFiles;
import org.dialtone.bootstrap.tls.ServerKeystore;
import org.dialtone.store.TlsMaterialRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the keystore the listeners serve in step with what the admin chose: an installed chain, or the self-signed pair
 * for the provisioning host name under the installation's CA. The database holds the CA and an installed chain sealed,
 * so every node serves the same; each node looks every few seconds and writes its keystore when something changed.
 */
@Component(service = {ServerCertificateService.class, org.dialtone.api.system.HealthCheck.class}, immediate = true)
public class ServerCertificateServiceImpl implements ServerCertificateService, org.dialtone.api.system.HealthCheck {
    static final String AUTHORITY = "authority";
    static final String SERVER = "server";
    static final String DEVICE_TRUST = "device-trust";
    static final String DEVICE_TRUST_FILE = "dialtone-device-trust.pem";
    static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final long SYNC_SECONDS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(ServerCertificateServiceImpl.class);

    private final ServerKeystore keystore;
    private final Path deviceTrustFile;
    private final SecretCipher cipher;
    private final Clock clock;
    private final ScheduledExecutorService sync = Executors.newSingleThreadScheduledExecutor(r -> new Thread(r, "dialtone-certificates"));
    private final Set<String> wellKnownRoots = wellKnownRoots();
    private long appliedServer = -1;
    private long appliedAuthority = -1;
    private long appliedTrust = -1;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TlsMaterialRepository repository;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile ProvisioningSettingsService settings;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TlsListeners listeners;
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile TlsEvidence evidence;

    @Activate
    public ServerCertificateServiceImpl(@Reference SecretCipher cipher) {
        this(ServerKeystore.ofKaraf(), Path.of(System.getProperty("karaf.etc", "etc")).resolve(DEVICE_TRUST_FILE), cipher, Clock.systemUTC());
        sync.scheduleWithFixedDelay(this::syncQuietly, 1, SYNC_SECONDS, TimeUnit.SECONDS);
    }

    ServerCertificateServiceImpl(ServerKeystore keystore, Path deviceTrustFile, SecretCipher cipher, Clock clock) {
        this.keystore = keystore;
        this.deviceTrustFile = deviceTrustFile;
        this.cipher = cipher;
        this.clock = clock;
    }

    private java.util.function.Supplier<Optional<String>> hostNames = this::settingsHostName;

    /** For tests: the shared table and the provisioning host name without the services behind them. */
    void bind(TlsMaterialRepository repository, String hostName) {
        this.repository = repository;
        this.hostNames = () -> Optional.ofNullable(hostName);
    }

    @Deactivate
    void stop() {
        sync.shutdownNow();
    }

    @Override
    public List<ServerCertificate> served() {
        return keystore.entries().entrySet().stream()
                .map(e -> Described.of(ServerKeystore.INSTALLED.equals(e.getKey()) ? "installed" : "self-signed", e.getValue().certificate()))
                .toList();
    }

    @Override
    public List<ServerCertificate> installPem(String pem, String by) {
        return install(Upload.pem(pem), by);
    }

    @Override
    public List<ServerCertificate> installPkcs12(byte[] bytes, char[] password, String by) {
        return install(Upload.pkcs12(bytes, password == null ? new char[0] : password), by);
    }

    private synchronized List<ServerCertificate> install(Upload upload, String by) {
        ChainCheck.check(upload.key(), upload.chain(), hostName().orElse(null), wellKnownRoots, clock.instant());
        CertificateIssuer.Issued installed = new CertificateIssuer.Issued(upload.key(), upload.chain().toArray(X509Certificate[]::new));
        TlsMaterialRepository shared = repository;
        if (shared != null) {
            appliedServer = shared.put(SERVER, cipher.seal(pem(installed).getBytes(StandardCharsets.UTF_8)), by);
        }
        keystore.install(installed);
        LOG.info("TLS certificate {} installed by {}; it expires {}", installed.certificate().getSubjectX500Principal().getName(), by,
                installed.certificate().getNotAfter().toInstant());
        return served();
    }

    @Override
    public synchronized List<ServerCertificate> useSelfSigned(String by) {
        TlsMaterialRepository shared = repository;
        if (shared != null) {
            shared.remove(SERVER);
        }
        appliedServer = -1;
        selfSigned(hostName().orElseGet(this::currentHostName));
        LOG.info("TLS: {} went back to the self-signed certificates under the installation's CA", by);
        return served();
    }

    @Override
    public String certificatePem() {
        StringBuilder pem = new StringBuilder();
        for (CertificateIssuer.Issued entry : keystore.entries().values()) {
            for (X509Certificate certificate : entry.chain()) {
                if (!certificate.getSubjectX500Principal().equals(certificate.getIssuerX500Principal())) {
                    pem.append(Described.pem(certificate));
                }
            }
        }
        return pem.toString();
    }

    @Override
    public String authorityPem() {
        return Described.pem(authority());
    }

    private X509Certificate authority() {
        CertificateIssuer.Issued installed = keystore.entries().get(ServerKeystore.INSTALLED);
        if (installed != null) {
            return installed.chain()[installed.chain().length - 1];
        }
        return keystore.authority().orElseThrow(() -> new IllegalStateException("the installation has no CA yet")).certificate();
    }

    @Override
    public List<ServerCertificate> deviceTrust() {
        if (!Files.exists(deviceTrustFile)) {
            return List.of();
        }
        try {
            return Upload.certificates(Files.readString(deviceTrustFile)).stream().map(c -> Described.of("device-trust", c)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + deviceTrustFile, e);
        }
    }

    @Override
    public synchronized List<ServerCertificate> installDeviceTrust(String pem, String by) {
        List<X509Certificate> anchors = Upload.certificates(pem);
        for (X509Certificate anchor : anchors) {
            if (anchor.getBasicConstraints() < 0 && !anchor.getSubjectX500Principal().equals(anchor.getIssuerX500Principal())) {
                throw new InvalidInputException(ChainCheck.FIELD, anchor.getSubjectX500Principal().getName()
                        + " is no CA certificate: send the CAs that issued the devices' certificates");
            }
        }
        String text = anchors.stream().map(Described::pem).collect(Collectors.joining());
        TlsMaterialRepository shared = repository;
        if (shared != null) {
            appliedTrust = shared.put(DEVICE_TRUST, cipher.seal(text.getBytes(StandardCharsets.UTF_8)), by);
        }
        writeDeviceTrust(text);
        LOG.info("Device trust anchors installed by {}: {}", by, anchors.stream().map(a -> a.getSubjectX500Principal().getName()).toList());
        return deviceTrust();
    }

    @Override
    public synchronized void removeDeviceTrust(String by) {
        TlsMaterialRepository shared = repository;
        if (shared != null) {
            shared.remove(DEVICE_TRUST);
        }
        appliedTrust = -1;
        writeDeviceTrust(null);
        LOG.info("Device trust anchors removed by {}", by);
    }

    @Override
    public TlsStatus status() {
        List<ServerCertificate> served = served();
        List<String> notices = new ArrayList<>();
        Instant soon = clock.instant().plus(RENEW_BEFORE);
        for (ServerCertificate certificate : served) {
            if ("installed".equals(certificate.source()) && certificate.notAfter().isBefore(soon)) {
                notices.add("The TLS certificate " + certificate.subject() + " expires on " + certificate.notAfter()
                        + ": renew it with its CA and install the new certificate");
            }
        }
        if (served.stream().noneMatch(c -> "RSA".equals(c.keyType()))) {
            notices.add("No RSA certificate is served: phones on factory settings accept only RSA; install an RSA certificate");
        }
        TlsListeners ports = listeners;
        TlsEvidence seen = evidence;
        var legacyDevices = seen == null ? List.<org.dialtone.api.tls.LegacyDevice>of() : seen.legacyDevices();
        if (!legacyDevices.isEmpty()) {
            notices.add(legacyDevices.size() + " devices connect with TLS 1.0/1.1 on the legacy listener: update their firmware"
                    + " (the TLS status lists them)");
        }
        return new TlsStatus(served, Described.of(served.stream().anyMatch(c -> "installed".equals(c.source())) ? "installed" : "self-signed",
                authority()), deviceTrust(), ports == null ? List.of() : ports.listeners(), seen == null ? List.of() : seen.counts(),
                legacyDevices, notices);
    }

    @Override
    public Result check() {
        try {
            return new Result(List.of(), status().notices());
        } catch (RuntimeException e) {
            return new Result(List.of(), List.of("The TLS certificates could not be read: " + e.getMessage()));
        }
    }

    private void syncQuietly() {
        try {
            sync();
        } catch (RuntimeException e) {
            LOG.warn("TLS certificates could not be brought up to date with the database: {}", e.getMessage());
        }
    }

    /** Applies what the database holds, and keeps the self-signed pair on the provisioning host name and unexpired. */
    synchronized void sync() {
        TlsMaterialRepository shared = repository;
        if (shared != null) {
            syncAuthority(shared);
            Optional<TlsMaterialRepository.Stored> server = shared.find(SERVER);
            if (server.isPresent() && server.get().version() != appliedServer) {
                Upload upload = Upload.pem(new String(cipher.open(server.get().sealedValue()), StandardCharsets.UTF_8));
                keystore.install(new CertificateIssuer.Issued(upload.key(), upload.chain().toArray(X509Certificate[]::new)));
                appliedServer = server.get().version();
                LOG.info("TLS certificate {} (version {}) applied from the database", upload.chain().get(0).getSubjectX500Principal().getName(),
                        appliedServer);
            } else if (server.isEmpty() && keystore.entries().containsKey(ServerKeystore.INSTALLED)) {
                appliedServer = -1;
                selfSigned(hostName().orElseGet(this::currentHostName));
                LOG.info("TLS: no installed certificate in the database; serving the self-signed pair again");
            }
            Optional<TlsMaterialRepository.Stored> trust = shared.find(DEVICE_TRUST);
            long trustVersion = trust.map(TlsMaterialRepository.Stored::version).orElse(-1L);
            if (trustVersion != appliedTrust) {
                writeDeviceTrust(trust.map(t -> new String(cipher.open(t.sealedValue()), StandardCharsets.UTF_8)).orElse(null));
                appliedTrust = trustVersion;
            }
        }
        Map<String, CertificateIssuer.Issued> entries = keystore.entries();
        if (!entries.containsKey(ServerKeystore.INSTALLED)) {
            String host = hostName().orElseGet(this::currentHostName);
            CertificateIssuer.Issued rsa = entries.get(ServerKeystore.RSA);
            X509Certificate ca = keystore.authority().map(CertificateIssuer.Issued::certificate).orElse(null);
            boolean stale = rsa == null || !ChainCheck.names(rsa.certificate()).contains(host)
                    || rsa.certificate().getNotAfter().toInstant().isBefore(clock.instant().plus(RENEW_BEFORE))
                    || ca == null || !rsa.certificate().getIssuerX500Principal().equals(ca.getSubjectX500Principal())
                    || !signedBy(rsa.certificate(), ca);
            if (stale) {
                selfSigned(host);
                LOG.info("TLS: self-signed certificates made for {} under the installation's CA", host);
            }
        }
    }

    private void syncAuthority(TlsMaterialRepository shared) {
        Optional<CertificateIssuer.Issued> local = keystore.authority();
        TlsMaterialRepository.Stored stored = shared.getOrCreate(AUTHORITY, () -> cipher.seal(pem(local.orElseGet(() -> {
            CertificateIssuer.Issued made = CertificateIssuer.authority(currentHostName());
            keystore.writeAuthority(made);
            return made;
        })).getBytes(StandardCharsets.UTF_8)));
        if (stored.version() == appliedAuthority && local.isPresent()) {
            return;
        }
        Upload common = Upload.pem(new String(cipher.open(stored.sealedValue()), StandardCharsets.UTF_8));
        if (local.isEmpty() || !local.get().certificate().equals(common.chain().get(0))) {
            keystore.writeAuthority(new CertificateIssuer.Issued(common.key(), common.chain().toArray(X509Certificate[]::new)));
            LOG.info("TLS: this node now uses the installation's CA from the database ({})", common.chain().get(0).getSubjectX500Principal().getName());
        }
        appliedAuthority = stored.version();
    }

    private void selfSigned(String host) {
        keystore.selfSigned(host, CertificateIssuer.localAddresses());
    }

    private Optional<String> hostName() {
        return hostNames.get();
    }

    private Optional<String> settingsHostName() {
        ProvisioningSettingsService current = settings;
        if (current == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(current.get().hostName()).filter(h -> !h.isBlank());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The name the self-signed certificates carry now, kept while no provisioning host name is set. */
    private String currentHostName() {
        CertificateIssuer.Issued rsa = keystore.entries().get(ServerKeystore.RSA);
        if (rsa != null) {
            List<String> names = ChainCheck.names(rsa.certificate());
            if (!names.isEmpty()) {
                return names.get(0);
            }
        }
        return "localhost";
    }

    private void writeDeviceTrust(String pem) {
        try {
            if (pem == null) {
                Files.deleteIfExists(deviceTrustFile);
            } else {
                OwnerOnlyFiles.write(deviceTrustFile, pem.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + deviceTrustFile + "; check that the Karaf etc directory is writable", e);
        }
    }

    private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
        try {
            certificate.verify(issuer.getPublicKey());
            return true;
        } catch (java.security.GeneralSecurityException e) {
            return false;
        }
    }

    static String pem(CertificateIssuer.Issued issued) {
        StringBuilder text = new StringBuilder();
        Stream.of(issued.chain()).map(Described::pem).forEach(text::append);
        text.append("-----BEGIN PRIVATE KEY-----\n").append(Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(issued.key().getEncoded()))
                .append("\n-----END PRIVATE KEY-----\n");
        return text.toString();
    }

    private static Set<String> wellKnownRoots() {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init((KeyStore) null);
            return Stream.of(factory.getTrustManagers()).filter(X509TrustManager.class::isInstance).map(X509TrustManager.class::cast)
                    .flatMap(m -> Stream.of(m.getAcceptedIssuers())).map(c -> c.getSubjectX500Principal().getName()).collect(Collectors.toSet());
        } catch (java.security.GeneralSecurityException e) {
            return Set.of();
        }
    }
}
