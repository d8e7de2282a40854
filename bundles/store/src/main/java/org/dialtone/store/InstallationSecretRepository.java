package org.dialtone.store;

import java.util.function.Supplier;

public interface InstallationSecretRepository {
    /**
     * The sealed secret of that name; created from {@code newSealedValue} the first time, once for all nodes (a
     * node that loses the race reads the winner's).
     */
    String getOrCreate(String name, Supplier<String> newSealedValue);
}
