package org.dialtone.itests;

import static org.ops4j.pax.exam.CoreOptions.composite;
import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption;

/** How every integration test boots the built distribution: its own ports, so it runs beside a server. */
final class DialtoneOptions {
    static final int HTTPS_PORT = 18443;
    static final int LEGACY_PORT = 18444;
    static final int BOOTSTRAP_PORT = 18080;
    static final String DATASOURCE_CFG = "etc/org.ops4j.datasource-dialtone.cfg";

    private DialtoneOptions() {
    }

    /** {@code h2} (the shipped default) or {@code postgresql}: the database this run's suite boots on. */
    static String database() {
        return System.getProperty("dialtone.itest.database", "h2");
    }

    static boolean onPostgres() {
        return database().equals("postgresql");
    }

    /** What the health report must name as the database. */
    static String expectedDatabase() {
        return onPostgres() ? "PostgreSQL" : "H2";
    }

    /**
     * The distribution on this run's database: as shipped (H2), or switched to PostgreSQL at 127.0.0.1:5432 (database
     * test, user postgres) by editing only the data source file, in a schema of its own made once per run.
     */
    static Option[] server() throws SQLException {
        // The tests run inside the container: tell it which database this run is on.
        Option database = editConfigurationFilePut("etc/system.properties", "dialtone.itest.database", database());
        if (!onPostgres()) {
            return options(composite(distribution()), database);
        }
        return options(
                composite(distribution()),
                database,
                editConfigurationFilePut(DATASOURCE_CFG, "osgi.jdbc.driver.name", "PostgreSQL JDBC Driver"),
                editConfigurationFilePut(DATASOURCE_CFG, "url", DialtoneExam.URL + "?currentSchema=" + runSchema()),
                editConfigurationFilePut(DATASOURCE_CFG, "user", DialtoneExam.USER),
                editConfigurationFilePut(DATASOURCE_CFG, "password", ""));
    }

    private static String schema;

    /** Drops the schemas of earlier runs and makes this run's; in the test JVM, before the container boots. */
    private static synchronized String runSchema() throws SQLException {
        if (schema != null) {
            return schema;
        }
        try (Connection c = DialtoneExam.connect(); Statement st = c.createStatement()) {
            List<String> old = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname LIKE 'itest\\_%'")) {
                while (rs.next()) {
                    old.add(rs.getString(1));
                }
            }
            for (String earlier : old) {
                st.execute("DROP SCHEMA " + earlier + " CASCADE");
            }
            String fresh = "itest_" + UUID.randomUUID().toString().replace("-", "");
            st.execute("CREATE SCHEMA " + fresh);
            schema = fresh;
            return fresh;
        } catch (SQLException e) {
            throw new SQLException("PostgreSQL at " + DialtoneExam.URL + " is required for this run: " + e.getMessage(), e);
        }
    }

    static Option[] distribution() {
        return options(
                karafDistributionConfiguration()
                        .frameworkUrl(distributionUrl())
                        .unpackDirectory(new File("target/exam"))
                        .useDeployFolder(false),
                configureConsole().ignoreLocalConsole(),
                logLevel(LogLevelOption.LogLevel.WARN),
                editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port.secure", String.valueOf(HTTPS_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", "18101"),
                editConfigurationFilePut("etc/org.dialtone.tls.cfg", "legacyPort", String.valueOf(LEGACY_PORT)),
                editConfigurationFilePut("etc/org.dialtone.tls.cfg", "bootstrapPort", String.valueOf(BOOTSTRAP_PORT)),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", "11099"),
                editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", "44445"),
                // Pax Exam adds its own boot features; without this their installation refreshes the running container.
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "autoRefresh", "false"),
                // No device comes due a scheduled status poll during a run (ProvisioningIT counts the database's statements);
                // polls asked for (refresh) still run; the alerts' look at software and health does not run either.
                editConfigurationFilePut("etc/org.dialtone.monitoring.cfg", "pollIntervalMinutes", "100000"),
                editConfigurationFilePut("etc/org.dialtone.monitoring.cfg", "alertSeconds", "100000"),
                // Tests here sign in wrongly on purpose many times from one address; AccountsIT holds the default.
                editConfigurationFilePut("etc/org.dialtone.rest.cfg", "signInFailuresBeforeDelay", "100000"),
                editConfigurationFilePut("etc/org.dialtone.provisioning.endpoint.cfg", "signInFailuresBeforeDelay", "100000"),
                editConfigurationFilePut("etc/system.properties", "dialtone.itest.exampleDriver", exampleDriver()),
                java17());
    }

    /** The example third-party driver jar of the reactor, for the hot-deployment tests. */
    private static String exampleDriver() {
        File jar = new File("../device-drivers/example/target/dialtone-driver-example-" + System.getProperty("dialtone.version", "0.1.0-SNAPSHOT") + ".jar");
        return jar.getAbsolutePath();
    }

    private static String distributionUrl() {
        String path = System.getProperty("dialtone.distribution");
        if (path == null || !new File(path).isFile()) {
            throw new IllegalStateException("Build the distribution first (mvn verify from the top directory); not found: " + path);
        }
        return new File(path).toURI().toString();
    }

    /** What bin/karaf passes on JDK 9+, which Pax Exam's launcher leaves out. */
    private static Option java17() {
        return vmOptions(
                "--add-reads=java.xml=java.logging",
                "--add-exports=java.base/org.apache.karaf.specs.locator=java.xml,ALL-UNNAMED",
                "--patch-module", "java.base=lib/endorsed/org.apache.karaf.specs.locator-4.4.10.jar",
                "--patch-module", "java.xml=lib/endorsed/org.apache.karaf.specs.java.xml-4.4.10.jar",
                "--add-opens", "java.base/java.security=ALL-UNNAMED",
                "--add-opens", "java.base/java.net=ALL-UNNAMED",
                "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "--add-opens", "java.base/java.util=ALL-UNNAMED",
                "--add-opens", "java.naming/javax.naming.spi=ALL-UNNAMED",
                "--add-opens", "java.rmi/sun.rmi.transport.tcp=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.file=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.http=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.https=ALL-UNNAMED",
                "--add-exports=java.base/sun.net.www.protocol.jar=ALL-UNNAMED",
                "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
                "--add-exports=java.naming/com.sun.jndi.ldap=ALL-UNNAMED",
                "-Djava.security.manager=allow");
    }
}
