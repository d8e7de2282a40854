package org.dialtone.bootstrap.internal;

import java.nio.file.Path;
import org.osgi.framework.BundleActivator;
import org.osgi.framework.BundleContext;

/**
 * Runs from startup.properties at a start level below the web server and JAAS, so that what they read on
 * their first start (the TLS keystore, the admin account) exists before them.
 */
public class Activator implements BundleActivator {
    @Override
    public void start(BundleContext context) throws Exception {
        Path etc = Path.of(System.getProperty("karaf.etc", "etc"));
        Path data = Path.of(System.getProperty("karaf.data", "data"));
        new SelfSignedKeystore(etc.resolve(SelfSignedKeystore.KEYSTORE_FILE), etc.resolve(SelfSignedKeystore.PASSWORD_FILE))
                .ensure(HostNames::local);
        new InitialAdmin(etc.resolve("users.properties"), data.resolve("dialtone").resolve("initial-admin-password"))
                .ensure(System.getenv(InitialAdmin.PASSWORD_VARIABLE))
                .ifPresent(Activator::announce);
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
    }
}
