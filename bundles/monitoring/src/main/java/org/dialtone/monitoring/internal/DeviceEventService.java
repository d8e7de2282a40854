package org.dialtone.monitoring.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.monitoring.DeviceEvents;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.store.DeviceRepository;
import org.dialtone.store.DeviceStateRepository;
import org.dialtone.store.InstallationSecretRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Telephony events devices post (DEVICES-MANAGEMENT 2.1): the installation's token in the address, the device named
 * by its MAC and posting from an address it is known at, each device and each address held to a rate. What a device
 * reports changes its status at once. The first event of each kind from each model is logged with how it came, since
 * the exact request phones send is UNVERIFIED.
 */
@Component(service = DeviceEventService.class, immediate = true, configurationPid = {"org.dialtone.monitoring", "org.dialtone.provisioning.endpoint"})
public class DeviceEventService {
    private static final Logger LOG = LoggerFactory.getLogger(DeviceEventService.class);

    enum Outcome { APPLIED, NOT_FOUND, UNKNOWN_DEVICE, WRONG_ADDRESS, TOO_MANY, TOO_LARGE, REFUSED }

    private final DeviceRepository devices;
    private final DeviceStateRepository states;
    private final org.dialtone.api.monitoring.Alerts alerts;
    private final InstallationSecretRepository secrets;
    private final SecretCipher cipher;
    private final org.osgi.service.http.HttpService http;
    private final MonitoringConfig config;
    private final List<String> trustedProxies;
    private final RateLimit perDevice;
    private final RateLimit perAddress;
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final java.util.concurrent.atomic.LongAdder[] counted = java.util.stream.Stream.generate(java.util.concurrent.atomic.LongAdder::new)
            .limit(Outcome.values().length).toArray(java.util.concurrent.atomic.LongAdder[]::new);
    private final Clock clock = Clock.systemUTC();
    private volatile byte[] tokenHash;

    @Activate
    public DeviceEventService(@Reference DeviceRepository devices, @Reference DeviceStateRepository states,
                              @Reference InstallationSecretRepository secrets, @Reference SecretCipher cipher,
                              @Reference org.osgi.service.http.HttpService http, @Reference org.dialtone.api.monitoring.Alerts alerts,
                              MonitoringConfig config, Proxies proxies) {
        this.trustedProxies = List.of(proxies.trustedProxies());
        this.alerts = alerts;
        this.devices = devices;
        this.states = states;
        this.secrets = secrets;
        this.cipher = cipher;
        this.http = http;
        this.config = config;
        this.perDevice = new RateLimit(config.eventsPerMinute());
        this.perAddress = new RateLimit(config.eventsPerAddressPerMinute());
    }

    @Activate
    void start() throws javax.servlet.ServletException, org.osgi.service.http.NamespaceException {
        http.registerServlet(DeviceEvents.ADDRESS, new DeviceEventReceiver(this, config.eventBytes()), null, null);
    }

    @Deactivate
    void stop() {
        http.unregister(DeviceEvents.ADDRESS);
    }

    boolean tokenMatches(String token) {
        byte[] known = tokenHash;
        if (known == null) {
            String sealed = secrets.getOrCreate(DeviceEvents.TOKEN_SECRET,
                    () -> cipher.seal(org.dialtone.api.security.Tokens.newToken().getBytes(StandardCharsets.UTF_8)));
            known = sha256(new String(cipher.open(sealed), StandardCharsets.UTF_8));
            tokenHash = known;
        }
        return MessageDigest.isEqual(known, sha256(token));
    }

    /** The provisioning endpoint's trusted proxies (a relay, a load balancer): behind one, X-Forwarded-For names the phone. */
    @interface Proxies {
        String[] trustedProxies() default {};
    }

    /** The phone's address: the connection's, or from X-Forwarded-For when the connection is a trusted proxy. */
    String phoneAddress(String remote, java.util.Enumeration<String> forwardedFor) {
        return org.dialtone.api.provisioning.TrustedProxies.client(remote, forwardedFor == null ? List.of() : java.util.Collections.list(forwardedFor),
                trustedProxies);
    }

    boolean addressAllowed(String remoteAddress) {
        boolean allowed = perAddress.allow(remoteAddress, System.nanoTime());
        if (!allowed) {
            counted[Outcome.TOO_MANY.ordinal()].increment();
        }
        return allowed;
    }

    /** How many events had each outcome since the start. */
    java.util.Map<Outcome, Long> outcomes() {
        java.util.Map<Outcome, Long> counts = new java.util.EnumMap<>(Outcome.class);
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, counted[outcome.ordinal()].sum());
        }
        return counts;
    }

    Outcome receive(String token, String remoteAddress, String contentType, InputStream body) throws IOException {
        Outcome outcome = received(token, remoteAddress, contentType, body);
        counted[outcome.ordinal()].increment();
        return outcome;
    }

    private Outcome received(String token, String remoteAddress, String contentType, InputStream body) throws IOException {
        if (!tokenMatches(token)) {
            return Outcome.NOT_FOUND;
        }
        byte[] bytes = body.readNBytes(config.eventBytes() + 1);
        if (bytes.length > config.eventBytes()) {
            return Outcome.TOO_LARGE;
        }
        TelephonyEvent event;
        try {
            event = TelephonyEvents.parse(bytes);
        } catch (TelephonyEvents.NotAnEvent e) {
            LOG.info("A telephony event from {} was refused: {}", remoteAddress, e.getMessage());
            return Outcome.REFUSED;
        }
        if (!perDevice.allow(event.mac(), System.nanoTime())) {
            return Outcome.TOO_MANY;
        }
        Optional<Device> found = devices.findByIdentity(event.mac(), null);
        if (found.isEmpty()) {
            LOG.debug("A telephony event names {}, which is not in the inventory", event.mac());
            return Outcome.UNKNOWN_DEVICE;
        }
        Device device = found.get();
        if (!remoteAddress.equals(device.publicIp()) && !remoteAddress.equals(device.privateIp())) {
            LOG.warn("A telephony event for {} came from {}, where the device is not known to be (it provisions from {}); ignored",
                    event.mac(), remoteAddress, device.publicIp());
            return Outcome.WRONG_ADDRESS;
        }
        if (logged.size() < 1000 && logged.add(device.model() + "/" + event.type())) {
            LOG.info("First {} from a {} ({}): posted as {}, {} bytes", event.type(), device.model(), device.softwareVersion(), contentType, bytes.length);
        }
        states.heard(device.id(), TelephonyEvents.heard(event, clock.instant()))
                .ifPresent(t -> alerts.deviceHeard(device.id(), t.cameOnline(), t.before(), t.after()));
        return Outcome.APPLIED;
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
