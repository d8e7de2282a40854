package org.dialtone.itests;

import static org.junit.Assume.assumeTrue;
import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.Before;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The same checks on PostgreSQL at 127.0.0.1:5432 (database test, user postgres), switched by editing only
 * the data source file, in a fresh schema per run. Skipped when PostgreSQL is unreachable, except with CI=true.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ServerOnPostgresIT extends ServerTestBase {
    private static final String ADMIN_URL = "jdbc:postgresql://127.0.0.1:"
            + System.getProperty("dialtone.itest.postgresPort", "5432") + "/test";
    private static final String SCHEMA_PROPERTY = "dialtone.itest.postgresSchema";
    private static final String UNREACHABLE = "unreachable";

    @Configuration
    public Option[] config() throws SQLException {
        String schema = freshSchema();
        return options(
                composite(DialtoneOptions.distribution()),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "url", ADMIN_URL + "?currentSchema=" + schema),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "user", "postgres"),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "password", ""),
                systemProperty(SCHEMA_PROPERTY).value(schema));
    }

    @Before
    @Override
    public void connect() throws Exception {
        assumeTrue("PostgreSQL at " + ADMIN_URL + " is unreachable; skipping the PostgreSQL run",
                !UNREACHABLE.equals(System.getProperty(SCHEMA_PROPERTY)));
        super.connect();
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }

    /** Drops the schemas of earlier runs and creates a new one; runs in the test JVM, before the container boots. */
    private static String freshSchema() throws SQLException {
        try (Connection c = DriverManager.getConnection(ADMIN_URL, "postgres", "");
             Statement st = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'itest\\_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String schema : old) {
                st.execute("DROP SCHEMA " + schema + " CASCADE");
            }
            String schema = "itest_" + UUID.randomUUID().toString().replace("-", "");
            st.execute("CREATE SCHEMA " + schema);
            return schema;
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new SQLException("PostgreSQL at " + ADMIN_URL + " is required when CI=true", e);
            }
            System.err.println("PostgreSQL at " + ADMIN_URL + " is unreachable (" + e.getMessage() + "); the PostgreSQL run is skipped");
            return UNREACHABLE;
        }
    }
}
