package org.dialtone.bootstrap.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Security;
import java.util.Properties;
import org.dialtone.bootstrap.tls.ServerKeystore;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs from startup.properties at a start level below the web server and JAAS, so that what they read on their first
 * start exists before them: the TLS keystore and the provider that serves it, and the admin account.
 */
public class Activator implements BundleActivator {
    static final Logger LOG = LoggerFactory.getLogger("org.dialtone.bootstrap");
    static final String TLS_SETTINGS = "org.dialtone.tls.cfg";

    @Override
    public void start(BundleContext context) throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        JdkTlsPolicy.allowPhones(legacyListenerOn(etc));
        ServerKeystore keystore = new ServerKeystore(etc);
        keystore.ensure(HostNames::local);
        Security.removeProvider(TlsProvider.NAME);
        Security.addProvider(new TlsProvider(new CurrentKeys(keystore), new DeviceCertificateRequest(etc)));
        new InitialAdmin(etc.resolve("users.properties"), data.resolve("dialtone").resolve("initial-admin-password"))
                .ensure(System.getenv(InitialAdmin.PASSWORD_VARIABLE))
                .ifPresent(Activator::announce);
    }

    /** Read here, before the first handshake, because the JDK reads its list of refused protocols only once. */
    static boolean legacyListenerOn(Path etc) {
        Path file = etc.resolve(TLS_SETTINGS);
        if (!Files.exists(file)) {
            return false;
        }
        Properties settings = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            settings.load(in);
        } catch (IOException e) {
            return false;
        }
        try {
            return Integer.parseInt(settings.getProperty("legacyPort", "0").strip()) > 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void announce(InitialAdmin.Created created) {
        // Only an interactive console gets the password; a background start must not put it into karaf.out.
        String where = "Dialtone: admin account created; its password is in " + created.passwordFile();
        if (System.console() != null) {
            System.out.println(where + "\nDialtone: initial admin password: " + created.password());
        } else {
            System.out.println(where);
        }
    }

    @Override
    public void stop(BundleContext context) {
        Security.removeProvider(TlsProvider.NAME);
    }
}
