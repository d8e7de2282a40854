package org.dialtone.provisioning.internal;

import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Files rendered for a device, kept while the device's effective configuration is the same object: the profiles'
 * change events replace that object, so a stale file is never served. Bounded by bytes, least recently used out.
 */
final class RenderedFiles {
    /** {@code etag}: the strong entity tag, quoted as it goes into the header. */
    record Rendered(byte[] body, String etag, boolean xml) {
        static Rendered of(String text) {
            return new Rendered(text.getBytes(StandardCharsets.UTF_8), "\"" + DigestAuthenticator.md5(text) + "\"", text.startsWith("<"));
        }
    }

    private record Entry(Object source, Object variant, Rendered file) {
    }

    private final long maxBytes;
    private long bytes;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true);

    RenderedFiles(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /**
     * The file for this key, rendered again only when {@code source} (the effective configuration instance) or
     * {@code variant} (anything else the file depends on, compared by value) changed.
     */
    Rendered get(String key, Object source, Object variant, Supplier<String> render) {
        synchronized (this) {
            Entry entry = entries.get(key);
            if (entry != null && entry.source() == source && Objects.equals(entry.variant(), variant)) {
                return entry.file();
            }
        }
        Rendered file = Rendered.of(render.get());
        synchronized (this) {
            Entry old = entries.put(key, new Entry(source, variant, file));
            bytes += file.body().length - (old == null ? 0 : old.file().body().length);
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().file().body().length;
                eldest.remove();
            }
        }
        return file;
    }

    synchronized int size() {
        return entries.size();
    }
}
