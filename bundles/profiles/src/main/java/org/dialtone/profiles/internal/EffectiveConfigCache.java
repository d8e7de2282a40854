package org.dialtone.profiles.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Source;
import org.dialtone.store.ConfigChange;

/**
 * Effective configurations by device, least recently used dropped first. A recorded change drops exactly the
 * entries it can affect: those that passed through the changed container or used the changed profile.
 */
final class EffectiveConfigCache {
    /** What an entry was computed from, beyond its profiles: the containers the device was in. */
    record Entry(EffectiveConfig config, Map<ContainerType, java.util.Set<String>> containers) {
    }

    private final int capacity;
    private final LinkedHashMap<Long, Entry> entries;
    private long generation;

    EffectiveConfigCache(int capacity) {
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Entry> eldest) {
                return size() > EffectiveConfigCache.this.capacity;
            }
        };
    }

    synchronized EffectiveConfig get(long deviceId) {
        Entry entry = entries.get(deviceId);
        return entry == null ? null : entry.config();
    }

    /** Counts applied changes: an entry computed before a change must not be stored after it. */
    synchronized long generation() {
        return generation;
    }

    /** Stores the entry unless a change was applied since {@code generation} was read (it may be stale). */
    synchronized void put(long deviceId, Entry entry, long generation) {
        if (generation == this.generation) {
            entries.put(deviceId, entry);
        }
    }

    synchronized int size() {
        return entries.size();
    }

    synchronized void apply(ConfigChange change) {
        generation++;
        switch (change.scope()) {
            case "ALL", "GLOBAL" -> entries.clear();
            case "PROFILE" -> removeIf(e -> usesProfile(e.config(), Long.parseLong(change.key())));
            default -> {
                ContainerType type = ContainerType.valueOf(change.scope());
                removeIf(e -> e.containers().getOrDefault(type, java.util.Set.of()).contains(change.key()));
            }
        }
    }

    private static boolean usesProfile(EffectiveConfig config, long profileId) {
        for (Source s : config.profiles()) {
            if (s.profileId() == profileId) {
                return true;
            }
        }
        return false;
    }

    private void removeIf(Predicate<Entry> affected) {
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            if (affected.test(it.next())) {
                it.remove();
            }
        }
    }
}
