package org.dialtone.provisioning.internal;

import java.security.cert.Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.SSLSession;
import org.dialtone.api.tls.LegacyDevice;
import org.dialtone.api.tls.TlsClientCount;
import org.dialtone.api.tls.TlsEvidence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What TLS devices negotiate, so that the first real phone tells us what it speaks: each session is counted once by
 * protocol, suite and certificate type, each device's first connection since the start is logged at info, and devices
 * seen on the legacy listener are kept so the admin knows which need newer firmware.
 */
final class NegotiatedTls implements TlsEvidence {
    static final String SESSION_ATTRIBUTE = "org.eclipse.jetty.servlet.request.ssl_session";
    /** Set by the listeners beside the main port on every request they pass on. */
    static final String LISTENER_ATTRIBUTE = "dialtone.listener";
    private static final String COUNTED = "dialtone.counted";
    private static final int MAX_REMEMBERED = 200_000;
    private static final Logger LOG = LoggerFactory.getLogger(NegotiatedTls.class);

    private record Key(String listener, String protocol, String suite, String certificate) {
    }

    private final Map<Key, LongAdder> sessions = new ConcurrentHashMap<>();
    private final Set<String> logged = ConcurrentHashMap.newKeySet();
    private final Map<String, LegacyDevice> legacy = new ConcurrentHashMap<>();
    private final Clock clock;

    NegotiatedTls(Clock clock) {
        this.clock = clock;
    }

    void seen(Object session, Object listenerAttribute, String path, String userAgent) {
        if (!(session instanceof SSLSession tls)) {
            return;
        }
        String listener = listenerAttribute instanceof String name ? name : "https";
        String device = device(path, userAgent);
        if (tls.getValue(COUNTED) == null) {
            tls.putValue(COUNTED, Boolean.TRUE);
            sessions.computeIfAbsent(new Key(listener, tls.getProtocol(), tls.getCipherSuite(), certificateType(tls)), k -> new LongAdder())
                    .increment();
        }
        if (device == null) {
            return;
        }
        if (logged.size() >= MAX_REMEMBERED) {
            // Requests naming made-up MACs must not grow it without end; a device is then logged once more.
            logged.clear();
        }
        if (logged.add(device)) {
            LOG.info("Device {} connected with {} {} ({} certificate) on the {} listener; user agent: {}", device, tls.getProtocol(),
                    tls.getCipherSuite(), certificateType(tls), listener, userAgent);
        }
        if ("legacy".equals(listener)) {
            if (legacy.size() >= MAX_REMEMBERED) {
                legacy.clear();
            }
            legacy.put(device, new LegacyDevice(device, tls.getProtocol(), userAgent, clock.instant()));
        } else if (!legacy.isEmpty()) {
            legacy.remove(device);
        }
    }

    static String device(String path, String userAgent) {
        String mac = ProvisioningPaths.leadingMac(path);
        if (mac != null) {
            return mac;
        }
        return userAgent == null ? null : ProvisioningPaths.serialInUserAgent(userAgent);
    }

    private static String certificateType(SSLSession session) {
        Certificate[] local = session.getLocalCertificates();
        return local == null || local.length == 0 ? "none" : local[0].getPublicKey().getAlgorithm();
    }

    @Override
    public List<TlsClientCount> counts() {
        List<TlsClientCount> counts = new ArrayList<>();
        sessions.forEach((key, count) -> counts.add(new TlsClientCount(key.listener(), key.protocol(), key.suite(), key.certificate(), count.sum())));
        counts.sort(Comparator.comparingLong(TlsClientCount::sessions).reversed());
        return counts;
    }

    @Override
    public List<LegacyDevice> legacyDevices() {
        return legacy.values().stream().sorted(Comparator.comparing(LegacyDevice::lastSeen).reversed()).toList();
    }
}
