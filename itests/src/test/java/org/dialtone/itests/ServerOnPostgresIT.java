package org.dialtone.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;

/**
 * The same checks on PostgreSQL at 127.0.0.1:5432 (database test, user postgres), switched by editing only
 * the data source file, in a fresh schema per run.
 */
@RunWith(PostgresOrSkip.class)
@ExamReactorStrategy(PerClass.class)
public class ServerOnPostgresIT extends TlsTestBase {
    @Configuration
    public Option[] config() throws SQLException {
        return options(
                composite(DialtoneOptions.distribution()),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "url", PostgresOrSkip.URL + "?currentSchema=" + freshSchema()),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "user", PostgresOrSkip.USER),
                editConfigurationFilePut(DialtoneOptions.DATASOURCE_CFG, "password", ""));
    }

    @Override
    protected String expectedDatabase() {
        return "PostgreSQL";
    }

    /** Drops the schemas of earlier runs and creates a new one; runs in the test JVM, before the container boots. */
    private static String freshSchema() throws SQLException {
        try (Connection c = PostgresOrSkip.connect(); Statement st = c.createStatement()) {
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
            throw new SQLException("PostgreSQL at " + PostgresOrSkip.URL + " is required for this run: " + e.getMessage(), e);
        }
    }
}
