package org.dialtone.rest.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.dialtone.api.security.Caller;

/**
 * Basic credentials verified a moment ago, so that a dashboard polling the API does not cost a bcrypt check per
 * request. Keyed by an HMAC of name and password under a key this node makes at start, so the cache holds no
 * password nor anything a password could be tested against offline. An entry holds at the accounts revision it was
 * made at: any account change on this node ends them all; on other nodes a change takes effect within {@code ttl}.
 */
final class CredentialCache {
    private record Entry(Caller caller, long revision, long expiresAtNanos) {
    }

    private final SecretKeySpec key;
    private final long ttlNanos;
    private final int capacity;
    private final Map<String, Entry> entries;

    CredentialCache(Duration ttl, int capacity) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.ttlNanos = ttl.toNanos();
        this.capacity = capacity;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > CredentialCache.this.capacity;
            }
        };
    }

    String key(String name, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(name.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The caller verified under this key at this accounts revision, or null. */
    synchronized Caller get(String key, long revision) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return null;
        }
        if (entry.revision != revision || System.nanoTime() - entry.expiresAtNanos > 0) {
            entries.remove(key);
            return null;
        }
        return entry.caller;
    }

    synchronized void put(String key, long revision, Caller caller) {
        entries.put(key, new Entry(caller, revision, System.nanoTime() + ttlNanos));
    }
}
