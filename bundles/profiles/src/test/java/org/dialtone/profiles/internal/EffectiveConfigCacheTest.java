package org.dialtone.profiles.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dialtone.api.profiles.ContainerType;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.api.profiles.Source;
import org.dialtone.store.ConfigChange;
import org.junit.Test;

public class EffectiveConfigCacheTest {
    private final EffectiveConfigCache cache = new EffectiveConfigCache(3);

    private void put(long device, String site, String group, long profile) {
        EffectiveConfig config = new EffectiveConfig(device, List.of(), null,
                List.of(new Source(ContainerType.GLOBAL, "", "Global", profile, "p" + profile, null)));
        cache.put(device, new EffectiveConfigCache.Entry(config, Map.of(ContainerType.DEVICE, Set.of(Long.toString(device)),
                ContainerType.SITE, Set.of(site), ContainerType.GROUP, Set.of(group))), cache.generation());
    }

    @Test
    public void aConfigurationComputedBeforeAChangeIsNotStoredAfterIt() {
        long before = cache.generation();
        cache.apply(new ConfigChange(1, "SITE", "10"));
        EffectiveConfig stale = new EffectiveConfig(1, List.of(), null, List.of());
        cache.put(1, new EffectiveConfigCache.Entry(stale, Map.of()), before);
        assertNull("a device read while its site changed is read again next time", cache.get(1));
    }

    @Test
    public void aChangeDropsExactlyTheDevicesItReaches() {
        put(1, "10", "100", 7);
        put(2, "20", "100", 8);
        put(3, "20", "200", 8);
        cache.apply(new ConfigChange(1, "SITE", "10"));
        assertNull(cache.get(1));
        assertNotNull(cache.get(2));
        cache.apply(new ConfigChange(2, "GROUP", "200"));
        assertNull(cache.get(3));
        assertNotNull(cache.get(2));
        cache.apply(new ConfigChange(3, "PROFILE", "8"));
        assertNull(cache.get(2));
    }

    @Test
    public void globalAndAllChangesDropEverything() {
        put(1, "10", "100", 7);
        put(2, "20", "100", 8);
        cache.apply(new ConfigChange(1, "GLOBAL", ""));
        assertEquals(0, cache.size());
        put(1, "10", "100", 7);
        cache.apply(new ConfigChange(2, "ALL", ""));
        assertEquals(0, cache.size());
    }

    @Test
    public void theLeastRecentlyUsedEntryGoesFirst() {
        put(1, "10", "100", 7);
        put(2, "10", "100", 7);
        put(3, "10", "100", 7);
        cache.get(1);
        put(4, "10", "100", 7);
        assertNull(cache.get(2));
        assertNotNull(cache.get(1));
        assertEquals(3, cache.size());
    }
}
