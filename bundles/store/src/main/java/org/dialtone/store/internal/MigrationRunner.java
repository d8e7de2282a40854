package org.dialtone.store.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies versioned SQL migrations in order, each in its own transaction, and records them in
 * {@code dialtone_schema_version}. On PostgreSQL an advisory lock lets only one node migrate at a time.
 * A migration that changed after it was applied stops the start-up: the schema would no longer be known.
 */
final class MigrationRunner {
    private static final Logger LOG = LoggerFactory.getLogger(MigrationRunner.class);
    private static final long ADVISORY_LOCK_KEY = 0x6469616c746f6e65L; // "dialtone"

    private final DataSource dataSource;

    MigrationRunner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Returns the schema version after migrating. */
    int migrate(MigrationSource source) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Dialect dialect = Dialect.of(connection.getMetaData().getDatabaseProductName());
            boolean autoCommit = connection.getAutoCommit();
            lock(connection, dialect);
            try {
                return migrate(connection, source.load(dialect));
            } finally {
                unlock(connection, dialect);
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private int migrate(Connection connection, List<Migration> migrations) throws SQLException {
        connection.setAutoCommit(true);
        try (Statement st = connection.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS dialtone_schema_version ("
                    + "version INTEGER NOT NULL PRIMARY KEY, description VARCHAR(200) NOT NULL, "
                    + "checksum VARCHAR(64) NOT NULL, applied_at TIMESTAMP NOT NULL)");
        }
        Map<Integer, String> applied = applied(connection);
        int current = applied.keySet().stream().max(Integer::compare).orElse(0);
        List<Migration> ordered = new ArrayList<>(migrations);
        ordered.sort(Comparator.comparingInt(Migration::version));
        for (Migration migration : ordered) {
            String checksum = applied.get(migration.version());
            if (checksum != null) {
                if (!checksum.equals(migration.checksum())) {
                    throw new IllegalStateException("Schema migration " + migration.label() + " (" + migration.description()
                            + ") was changed after it was applied to this database; restore the original file and add"
                            + " the change as a new migration");
                }
                continue;
            }
            apply(connection, migration);
            current = Math.max(current, migration.version());
        }
        return current;
    }

    private static void apply(Connection connection, Migration migration) throws SQLException {
        LOG.info("Applying schema migration {} ({})", migration.label(), migration.description());
        connection.setAutoCommit(false);
        try (Statement st = connection.createStatement()) {
            for (String sql : migration.statements()) {
                st.execute(sql);
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO dialtone_schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                insert.setInt(1, migration.version());
                insert.setString(2, migration.description());
                insert.setString(3, migration.checksum());
                insert.setTimestamp(4, Timestamp.from(Instant.now()));
                insert.executeUpdate();
            }
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw new SQLException("Schema migration " + migration.label() + " (" + migration.description()
                    + ") failed: " + e.getMessage(), e.getSQLState(), e);
        } finally {
            connection.setAutoCommit(true);
        }
    }

    static Map<Integer, String> applied(Connection connection) throws SQLException {
        Map<Integer, String> applied = new HashMap<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, checksum FROM dialtone_schema_version")) {
            while (rs.next()) {
                applied.put(rs.getInt(1), rs.getString(2));
            }
        }
        return applied;
    }

    private static void lock(Connection connection, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")");
            }
        }
    }

    private static void unlock(Connection connection, Dialect dialect) throws SQLException {
        if (dialect == Dialect.POSTGRESQL) {
            try (Statement st = connection.createStatement()) {
                st.execute("SELECT pg_advisory_unlock(" + ADVISORY_LOCK_KEY + ")");
            }
        }
    }
}
