package org.dialtone.store.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Test;
import org.postgresql.ds.PGSimpleDataSource;

public class MigrationRunnerTest {
    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private String postgresSchema;

    @After
    public void dropPostgresSchema() throws SQLException {
        if (postgresSchema != null) {
            try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                 Statement st = c.createStatement()) {
                st.execute("DROP SCHEMA " + postgresSchema + " CASCADE");
            }
        }
    }

    @Test
    public void shippedMigrationsCreateTheDefaultProvisioningSettingsOnH2() throws Exception {
        DataSource h2 = h2();
        assertEquals(latestShippedVersion(), new MigrationRunner(h2).migrate(this::shipped));
        assertDefaultSettings(h2);
    }

    @Test
    public void shippedMigrationsCreateTheDefaultProvisioningSettingsOnPostgres() throws Exception {
        DataSource pg = postgres();
        assertEquals(latestShippedVersion(), new MigrationRunner(pg).migrate(this::shipped));
        assertDefaultSettings(pg);
    }

    @Test
    public void secondRunAppliesNothingAgain() throws Exception {
        DataSource h2 = h2();
        MigrationRunner runner = new MigrationRunner(h2);
        runner.migrate(this::shipped);
        runner.migrate(this::shipped);
        try (Connection c = h2.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM provisioning_settings")) {
            rs.next();
            assertEquals(1, rs.getInt(1));
        }
    }

    @Test
    public void laterMigrationIsAppliedOnTopOfAnExistingSchema() throws Exception {
        DataSource h2 = h2();
        MigrationRunner runner = new MigrationRunner(h2);
        runner.migrate(dialect -> List.of(Migration.fromFile("V001__a.sql", "CREATE TABLE a (id INT);")));
        int version = runner.migrate(dialect -> List.of(
                Migration.fromFile("V001__a.sql", "CREATE TABLE a (id INT);"),
                Migration.fromFile("V002__b.sql", "-- a comment\nINSERT INTO a (id)\nVALUES (7);\nINSERT INTO a (id) VALUES (8);")));
        assertEquals(2, version);
        try (Connection c = h2.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT SUM(id) FROM a")) {
            rs.next();
            assertEquals(15, rs.getInt(1));
        }
    }

    @Test
    public void migrationChangedAfterItWasAppliedStopsStartUpWithAClearReason() throws Exception {
        DataSource h2 = h2();
        MigrationRunner runner = new MigrationRunner(h2);
        runner.migrate(dialect -> List.of(Migration.fromFile("V001__a.sql", "CREATE TABLE a (id INT);")));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> runner.migrate(dialect ->
                List.of(Migration.fromFile("V001__a.sql", "CREATE TABLE a (id BIGINT);"))));
        assertTrue(e.getMessage(), e.getMessage().contains("V001") && e.getMessage().contains("new migration"));
    }

    @Test
    public void failingMigrationNamesItselfAndIsNotRecorded() throws Exception {
        DataSource h2 = h2();
        MigrationRunner runner = new MigrationRunner(h2);
        SQLException e = assertThrows(SQLException.class, () -> runner.migrate(dialect ->
                List.of(Migration.fromFile("V001__broken.sql", "CREATE TABLE;"))));
        assertTrue(e.getMessage(), e.getMessage().startsWith("Schema migration V001 (broken) failed"));
        try (Connection c = h2.getConnection()) {
            assertTrue(MigrationRunner.applied(c).isEmpty());
        }
    }

    @Test
    public void anUntouchedIntranetStopsMatchingEveryDeviceAndHandsItsDevicesToInternet() throws Exception {
        DataSource h2 = h2();
        new MigrationRunner(h2).migrate(dialect -> upTo(13, dialect));
        execute(h2, "INSERT INTO device (id, mac, site_id, status, added_by, created_at, search_text, version)"
                + " VALUES (100, '0004f2000001', 2, 'ONLINE', 'AUTO', CURRENT_TIMESTAMP, '', 1)");
        new MigrationRunner(h2).migrate(this::shipped);
        assertEquals("1", query(h2, "SELECT site_id FROM device WHERE id = 100"));
        assertEquals("32", query(h2, "SELECT mask_length FROM site_subnet WHERE site_id = 2"));
    }

    @Test
    public void anIntranetAnAdminEditedIsLeftAsItIs() throws Exception {
        DataSource h2 = h2();
        new MigrationRunner(h2).migrate(dialect -> upTo(13, dialect));
        execute(h2, "UPDATE site SET version = 2 WHERE id = 2");
        execute(h2, "INSERT INTO device (id, mac, site_id, status, added_by, created_at, search_text, version)"
                + " VALUES (100, '0004f2000001', 2, 'ONLINE', 'AUTO', CURRENT_TIMESTAMP, '', 1)");
        new MigrationRunner(h2).migrate(this::shipped);
        assertEquals("2", query(h2, "SELECT site_id FROM device WHERE id = 100"));
        assertEquals("0", query(h2, "SELECT mask_length FROM site_subnet WHERE site_id = 2"));
    }

    private List<Migration> upTo(int version, Dialect dialect) {
        return shipped(dialect).stream().filter(m -> m.version() <= version).toList();
    }

    private static void execute(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static String query(DataSource ds, String sql) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            assertTrue(sql, rs.next());
            return rs.getString(1);
        }
    }

    @Test
    public void badlyNamedMigrationFileIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> Migration.fromFile("001_init.sql", "SELECT 1;"));
    }

    private List<Migration> shipped(Dialect dialect) {
        List<Migration> migrations = new ArrayList<>();
        read(MIGRATIONS, migrations);
        read(MIGRATIONS.resolve(dialect.folder()), migrations);
        return migrations;
    }

    private static void read(Path folder, List<Migration> into) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(f -> f.getFileName().toString().endsWith(".sql")).forEach(f -> {
                try {
                    Migration m = Migration.fromFile(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
                    into.removeIf(existing -> existing.version() == m.version());
                    into.add(m);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private int latestShippedVersion() {
        return shipped(Dialect.H2).stream().mapToInt(Migration::version).max().orElseThrow();
    }

    private static void assertDefaultSettings(DataSource ds) throws SQLException {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT polling_window_start, polling_window_end, account_user, version"
                     + " FROM provisioning_settings WHERE id = 1")) {
            assertTrue(rs.next());
            assertEquals(LocalTime.of(3, 0), rs.getObject(1, LocalTime.class));
            assertEquals(LocalTime.of(5, 0), rs.getObject(2, LocalTime.class));
            assertEquals("no provisioning account until an admin sets one", null, rs.getString(3));
            assertEquals(1, rs.getLong(4));
        }
    }

    private static DataSource h2() {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return ds;
    }

    private DataSource postgres() throws SQLException {
        boolean ci = "true".equals(System.getenv("CI"));
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
             Statement st = c.createStatement()) {
            postgresSchema = "unit_" + UUID.randomUUID().toString().replace("-", "");
            st.execute("CREATE SCHEMA " + postgresSchema);
        } catch (SQLException e) {
            if (ci) {
                throw new SQLException("PostgreSQL at 127.0.0.1:5432 is required when CI=true", e);
            }
            assumeTrue("PostgreSQL at 127.0.0.1:5432 unreachable, skipping: " + e.getMessage(), false);
        }
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl("jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + postgresSchema);
        ds.setUser("postgres");
        return ds;
    }
}
