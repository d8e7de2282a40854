package org.dialtone.store;

/**
 * Registered once every schema migration has been applied. Components that use the database reference it,
 * so they start only on an up-to-date schema.
 */
public interface SchemaReady {
    int schemaVersion();
}
