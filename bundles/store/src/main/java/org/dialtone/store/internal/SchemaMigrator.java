package org.dialtone.store.internal;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.dialtone.api.system.DatabaseHealth;
import org.dialtone.store.DatabaseProbe;
import org.dialtone.store.SchemaReady;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date as soon as the data source appears, then registers {@link SchemaReady}.
 * When the database is unreachable it keeps retrying, so a server started before its database recovers
 * by itself; meanwhile the health report says why nothing works.
 */
@Component(service = DatabaseProbe.class, immediate = true)
public class SchemaMigrator implements DatabaseProbe {
    static final String DATA_SOURCE_TARGET = "(osgi.jndi.service.name=dialtone)";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    private static final long MAX_RETRY_SECONDS = 30;

    private final DataSource dataSource;
    private final BundleContext context;
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "dialtone-schema-migrator");
        t.setDaemon(true);
        return t;
    });
    private volatile int schemaVersion;
    private volatile String failure = "schema migrations have not run yet";
    private ServiceRegistration<SchemaReady> ready;
    private long retrySeconds = 1;

    @Activate
    public SchemaMigrator(@Reference(target = DATA_SOURCE_TARGET) DataSource dataSource, BundleContext context) {
        this.dataSource = dataSource;
        this.context = context;
        executor.execute(this::migrate);
    }

    private void migrate() {
        try {
            int version = new MigrationRunner(dataSource).migrate(new BundleMigrationSource(context.getBundle()));
            schemaVersion = version;
            failure = null;
            LOG.info("Database schema is at version {}", version);
            synchronized (this) {
                if (!executor.isShutdown()) {
                    int v = version;
                    ready = context.registerService(SchemaReady.class, () -> v, null);
                }
            }
        } catch (SQLException | RuntimeException e) {
            failure = e.getMessage();
            LOG.error("Database not ready: {}; retrying in {} s. Check etc/org.ops4j.datasource-dialtone.cfg"
                    + " and that the database server is running", e.getMessage(), retrySeconds);
            if (!executor.isShutdown()) {
                executor.schedule(this::migrate, retrySeconds, TimeUnit.SECONDS);
                retrySeconds = Math.min(retrySeconds * 2, MAX_RETRY_SECONDS);
            }
        }
    }

    @Deactivate
    void deactivate() {
        synchronized (this) {
            executor.shutdownNow();
            if (ready != null) {
                ready.unregister();
                ready = null;
            }
        }
    }

    @Override
    public DatabaseHealth health() {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String kind = meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
            if (!connection.isValid(2)) {
                return new DatabaseHealth(kind, DatabaseHealth.DOWN, schemaVersion, "the database does not answer");
            }
            String problem = failure;
            return problem == null
                    ? new DatabaseHealth(kind, DatabaseHealth.UP, schemaVersion, null)
                    : new DatabaseHealth(kind, DatabaseHealth.DOWN, schemaVersion, problem);
        } catch (SQLException e) {
            return new DatabaseHealth("unknown", DatabaseHealth.DOWN, schemaVersion,
                    "cannot connect: " + e.getMessage() + "; check etc/org.ops4j.datasource-dialtone.cfg");
        }
    }
}
