package org.dialtone.accounts.internal;

import java.io.File;
import java.util.HashMap;
import java.util.Map;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.apache.karaf.jaas.modules.jdbc.JDBCLoginModule;
import org.apache.karaf.jaas.modules.publickey.PublickeyLoginModule;
import org.dialtone.api.security.AccountService;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Karaf's {@code karaf} realm over the accounts in the database (Karaf's JDBCLoginModule, bcrypt checked by its
 * spring-security-crypto encryption), ranked above the file realm Karaf ships: the web console, SSH and the REST API
 * sign in against the accounts every node shares. SSH keys in etc/keys.properties still work.
 */
@Component(service = JaasRealm.class, immediate = true)
public class AccountRealm implements JaasRealm {
    static final String NAME = "karaf";
    static final String PASSWORD_QUERY = "SELECT password_hash FROM account WHERE name_key = LOWER(?) AND enabled = TRUE";
    static final String ROLE_QUERY = "SELECT p.principal FROM account a JOIN role_principal p ON p.role = a.role WHERE a.name_key = LOWER(?)"
            + " AND a.enabled = TRUE";
    private final AppConfigurationEntry[] entries;

    /** Registered once the accounts are (seeded and) reachable. */
    @Activate
    public AccountRealm(BundleContext context, @Reference AccountService accounts) {
        Map<String, Object> jdbc = common(context, JDBCLoginModule.class.getName());
        jdbc.put("datasource", "osgi:javax.sql.DataSource/(osgi.jndi.service.name=dialtone)");
        jdbc.put(JDBCLoginModule.PASSWORD_QUERY, PASSWORD_QUERY);
        jdbc.put(JDBCLoginModule.ROLE_QUERY, ROLE_QUERY);
        jdbc.put("encryption.enabled", "true");
        jdbc.put("encryption.name", "spring-security-crypto");
        jdbc.put("encryption.algorithm", "bcrypt");
        jdbc.put("encryption.prefix", "{CRYPT}");
        jdbc.put("encryption.suffix", "{CRYPT}");
        jdbc.put("encryption.encoding", "hexadecimal");
        Map<String, Object> keys = common(context, PublickeyLoginModule.class.getName());
        keys.put("users", System.getProperty("karaf.etc", "etc") + File.separatorChar + "keys.properties");
        entries = new AppConfigurationEntry[] {
                new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.OPTIONAL, jdbc),
                new AppConfigurationEntry(ProxyLoginModule.class.getName(), AppConfigurationEntry.LoginModuleControlFlag.OPTIONAL, keys)
        };
    }

    private static Map<String, Object> common(BundleContext context, String module) {
        Map<String, Object> options = new HashMap<>();
        options.put(BundleContext.class.getName(), context);
        options.put(ProxyLoginModule.PROPERTY_MODULE, module);
        options.put(ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()));
        options.put("detailed.login.exception", "false");
        return options;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public int getRank() {
        return 1;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        return entries.clone();
    }
}
