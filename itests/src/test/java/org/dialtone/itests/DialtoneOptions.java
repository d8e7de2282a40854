package org.dialtone.itests;

import static org.ops4j.pax.exam.CoreOptions.options;
import static org.ops4j.pax.exam.CoreOptions.vmOptions;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;
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
                editConfigurationFilePut("etc/users.properties", "viewer", "viewer-password,viewer"),
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
