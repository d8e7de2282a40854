package org.dialtone.store;

import org.dialtone.api.system.DatabaseHealth;

/** Registered whenever a data source is configured, even when the database is unreachable. */
public interface DatabaseProbe {
    DatabaseHealth health();
}
