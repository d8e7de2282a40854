package org.dialtone.store.internal;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.aries.jpa.template.JpaTemplate;
import org.dialtone.api.inventory.DeviceContact;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the contacts of known devices that stay in their site a few at a time: a booting fleet's requests then
 * cost one transaction per {@link #PERIOD_MILLIS}, not one per device. A device's contacts in one period become one
 * write (the latest address and firmware; provisioning if any of them was). Readers that must see every contact
 * call {@link #flush()} first.
 */
final class ContactWriter {
    static final long PERIOD_MILLIS = 200;
    private static final Logger LOG = LoggerFactory.getLogger(ContactWriter.class);

    /** The latest contact of a device, and the firmware each of its provisioning requests reported, in order. */
    record Pending(DeviceContact contact, String publicIpKey, LocalDateTime at, List<String> reports) {
        static final int MAX_REPORTS = 16;

        Pending after(Pending earlier) {
            if (earlier == null || earlier.reports.isEmpty()) {
                return this;
            }
            List<String> all = new ArrayList<>(earlier.reports);
            all.addAll(reports);
            return new Pending(contact, publicIpKey, at, all.size() > MAX_REPORTS ? all.subList(all.size() - MAX_REPORTS, all.size()) : all);
        }
    }

    private final JpaTemplate jpa;
    private final Map<Long, Pending> pending = new ConcurrentHashMap<>();
    private final Object writing = new Object();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "dialtone-contact-writer");
        thread.setDaemon(true);
        return thread;
    });

    ContactWriter(JpaTemplate jpa) {
        this.jpa = jpa;
        timer.scheduleWithFixedDelay(this::flushQuietly, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    void add(long deviceId, DeviceContact contact, String publicIpKey, LocalDateTime at) {
        // An earlier boot stage names no application version (null): the one the device last ran counts then.
        Pending next = new Pending(contact, publicIpKey, at, contact.provisioning() ? java.util.Collections.singletonList(contact.firmwareVersion())
                : List.of());
        pending.merge(deviceId, next, (earlier, later) -> later.after(earlier));
    }

    /** A contact written directly supersedes one still waiting. */
    void discard(long deviceId) {
        pending.remove(deviceId);
    }

    /** Writes what is waiting now, in the caller's thread. */
    void flush() {
        if (pending.isEmpty()) {
            return;
        }
        synchronized (writing) {
            List<Long> ids = new ArrayList<>(pending.keySet());
            Map<Long, Pending> batch = new java.util.HashMap<>();
            for (Long id : ids) {
                Pending p = pending.remove(id);
                if (p != null) {
                    batch.put(id, p);
                }
            }
            if (batch.isEmpty()) {
                return;
            }
            for (List<Long> chunk : Jpa.chunks(new ArrayList<>(batch.keySet()))) {
                Jpa.tx(jpa, "device", em -> {
                    // Devices deleted meanwhile are simply not found.
                    for (DeviceEntity device : em.createQuery("SELECT d FROM DeviceEntity d WHERE d.id IN :ids", DeviceEntity.class)
                            .setParameter("ids", chunk).getResultList()) {
                        Pending p = batch.get(device.id);
                        for (String firmware : p.reports()) {
                            if (firmware != null) {
                                device.softwareVersion = firmware;
                            }
                            device.softwareReported(device.softwareVersion);
                        }
                        JpaDeviceRepository.applyContact(device, p.contact(), p.publicIpKey(), p.at(), !p.reports().isEmpty(), false);
                    }
                    return null;
                });
            }
        }
    }

    private void flushQuietly() {
        try {
            flush();
        } catch (RuntimeException e) {
            // The next contact of each device is written again; losing one last-seen time costs nothing more.
            LOG.warn("Device contacts could not be written: {}", e.toString());
        }
    }

    void stop() {
        timer.shutdown();
        try {
            timer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushQuietly();
    }
}
