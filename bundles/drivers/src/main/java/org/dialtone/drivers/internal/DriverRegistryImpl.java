package org.dialtone.drivers.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.IdentityPattern;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.dialtone.drivers.DriverRegistry;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Component(service = DriverRegistry.class, immediate = true)
public class DriverRegistryImpl implements DriverRegistry {
    private static final List<IdentityPattern> DEFAULT_PATTERNS = List.of(IdentityPattern.MAC_IN_FILE_NAME, IdentityPattern.SERIAL_IN_USER_AGENT);
    private static final Logger LOG = LoggerFactory.getLogger(DriverRegistryImpl.class);

    private volatile List<DeviceDriver> running = List.of();
    // Kept after a driver leaves: its devices are still to be found by what their requests carry.
    private final Map<String, List<IdentityPattern>> patterns = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    synchronized void addDriver(DeviceDriver driver) {
        List<DeviceDriver> next = new ArrayList<>(running);
        next.removeIf(d -> d.family().equals(driver.family()));
        next.add(driver);
        next.sort(Comparator.comparing(DeviceDriver::family));
        running = List.copyOf(next);
        winners.clear();
        try {
            patterns.put(driver.family(), List.copyOf(driver.identityPatterns()));
        } catch (RuntimeException e) {
            LOG.warn("Driver {} gave no identity patterns ({}); the default ones stand in", driver.family(), e.toString());
            patterns.put(driver.family(), DEFAULT_PATTERNS);
        }
        for (Listener listener : listeners) {
            tell(listener, driver, true);
        }
    }

    synchronized void removeDriver(DeviceDriver driver) {
        List<DeviceDriver> next = new ArrayList<>(running);
        if (!next.remove(driver)) {
            return;
        }
        running = List.copyOf(next);
        winners.clear();
        for (Listener listener : listeners) {
            tell(listener, driver, false);
        }
    }

    @Override
    public List<DeviceDriver> drivers() {
        return running;
    }

    @Override
    public Optional<DeviceDriver> byFamily(String family) {
        for (DeviceDriver driver : running) {
            if (driver.family().equals(family)) {
                return Optional.of(driver);
            }
        }
        return Optional.empty();
    }

    /**
     * The driver that last recognised a request with this user agent: asked first, since a fleet has few user agents and
     * a boot is a run of requests with one. Bounded; cleared when drivers change.
     */
    private final Map<String, DeviceDriver> winners = new ConcurrentHashMap<>();
    private static final int MAX_WINNERS = 4096;

    @Override
    public Optional<Recognition> recognize(ProvisioningRequest request) {
        String agent = request.userAgent().orElse("");
        DeviceDriver first = winners.get(agent);
        if (first != null && running.contains(first)) {
            Optional<Recognition> sure = ask(first, request).filter(r -> r.support() >= DeviceDriver.FULL_SUPPORT);
            if (sure.isPresent()) {
                return sure;
            }
        }
        Recognition best = null;
        for (DeviceDriver driver : running) {
            Optional<Recognition> recognition = ask(driver, request);
            if (recognition.isPresent() && (best == null || recognition.get().support() > best.support())) {
                best = recognition.get();
            }
        }
        if (best != null) {
            if (winners.size() >= MAX_WINNERS) {
                winners.clear();
            }
            winners.put(agent, best.driver());
        }
        return Optional.ofNullable(best);
    }

    private static Optional<Recognition> ask(DeviceDriver driver, ProvisioningRequest request) {
        Optional<RecognizedDevice> device;
        try {
            device = driver.recognize(request);
        } catch (RuntimeException e) {
            LOG.warn("Driver {} failed to read a request for {}: {}", driver.family(), request.path(), e.toString());
            return Optional.empty();
        }
        if (device.isEmpty()) {
            return Optional.empty();
        }
        int support;
        try {
            support = driver.support(device.get());
        } catch (RuntimeException e) {
            support = 1;
        }
        return Optional.of(new Recognition(driver, device.get(), support));
    }

    @Override
    public List<DeviceIdentity> identitiesOfMissingFamilies(ProvisioningRequest request) {
        Set<String> present = new java.util.HashSet<>();
        running.forEach(d -> present.add(d.family()));
        Set<IdentityPattern> asked = new LinkedHashSet<>(DEFAULT_PATTERNS);
        patterns.forEach((family, list) -> {
            if (!present.contains(family)) {
                asked.addAll(list);
            }
        });
        Set<DeviceIdentity> found = new LinkedHashSet<>();
        for (IdentityPattern pattern : asked) {
            pattern.read(request).ifPresent(found::add);
        }
        return List.copyOf(found);
    }

    @Override
    public synchronized void listen(Listener listener) {
        listeners.add(listener);
        for (DeviceDriver driver : running) {
            tell(listener, driver, true);
        }
    }

    @Override
    public void unlisten(Listener listener) {
        listeners.remove(listener);
    }

    private static void tell(Listener listener, DeviceDriver driver, boolean arrived) {
        try {
            if (arrived) {
                listener.arrived(driver);
            } else {
                listener.departed(driver);
            }
        } catch (RuntimeException e) {
            LOG.warn("A listener failed on driver {} {}: {}", driver.family(), arrived ? "arriving" : "leaving", e.toString());
        }
    }
}
