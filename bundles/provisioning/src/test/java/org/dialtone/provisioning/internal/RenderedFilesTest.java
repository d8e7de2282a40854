package org.dialtone.provisioning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.Test;

public class RenderedFilesTest {
    @Test
    public void aFileIsRenderedAgainOnlyWhenTheConfigurationObjectOrTheVariantChanges() {
        RenderedFiles cache = new RenderedFiles(1 << 20);
        AtomicInteger renders = new AtomicInteger();
        Object config = new Object();
        RenderedFiles.Rendered first = cache.get("device:1", config, "name-a", () -> "<a n=\"" + renders.incrementAndGet() + "\"/>");
        assertSame(first, cache.get("device:1", config, "name-a", () -> "<a n=\"" + renders.incrementAndGet() + "\"/>"));
        assertEquals(1, renders.get());
        RenderedFiles.Rendered renamed = cache.get("device:1", config, "name-b", () -> "<a n=\"" + renders.incrementAndGet() + "\"/>");
        RenderedFiles.Rendered changed = cache.get("device:1", new Object(), "name-b", () -> "<a n=\"" + renders.incrementAndGet() + "\"/>");
        assertEquals(3, renders.get());
        assertEquals(false, renamed.etag().equals(first.etag()));
        assertEquals(false, changed.etag().equals(renamed.etag()));
    }

    @Test
    public void theCacheKeepsToItsByteBudgetDroppingTheLeastRecentlyUsed() {
        RenderedFiles cache = new RenderedFiles(100);
        Object config = new Object();
        for (int i = 0; i < 10; i++) {
            cache.get("device:" + i, config, null, () -> "x".repeat(30));
        }
        assertEquals(3, cache.size());
    }
}
