package org.dialtone.store;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.function.Supplier;

/** Sealed TLS material shared by every node: each node applies a version it has not applied yet. */
public interface TlsMaterialRepository {
    record Stored(String name, String sealedValue, long version, LocalDateTime updatedAt, String updatedBy) {
    }

    Optional<Stored> find(String name);

    /** Stores a new version of {@code name}; returns it. */
    long put(String name, String sealedValue, String by);

    void remove(String name);

    /** The stored value, or {@code newSealedValue} stored once for all nodes (a node that loses the race reads the winner's). */
    Stored getOrCreate(String name, Supplier<String> newSealedValue);
}
