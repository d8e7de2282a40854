package org.dialtone.store.internal;

import java.util.Collection;
import javax.persistence.EntityManager;

/**
 * Records, inside the writing transaction, which part of the deployment a write touched, so every node can
 * drop exactly the cached effective configurations it affects. Scopes: a container type with its key,
 * {@code PROFILE} with a profile id, or {@code ALL}.
 */
final class ConfigChanges {
    static final String ALL = "ALL";
    static final String PROFILE = "PROFILE";

    private ConfigChanges() {
    }

    static void record(EntityManager em, String scope, Object key) {
        em.persist(new ConfigChangeEntity(scope, key == null ? "" : key.toString()));
    }

    static void recordAll(EntityManager em, String scope, Collection<?> keys) {
        keys.forEach(key -> record(em, scope, key));
    }
}
