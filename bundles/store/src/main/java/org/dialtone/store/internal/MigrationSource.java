package org.dialtone.store.internal;

import java.util.List;

/**
 * The migrations for a dialect: every {@code db/migration/V*.sql}, where a file of the same version in
 * {@code db/migration/<dialect>/} replaces the common one.
 */
interface MigrationSource {
    List<Migration> load(Dialect dialect);
}
