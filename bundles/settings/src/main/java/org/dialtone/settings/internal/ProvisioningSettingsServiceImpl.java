package org.dialtone.settings.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.dialtone.api.provisioning.DigestCredentials;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.provisioning.ProvisioningSettings;
import org.dialtone.api.provisioning.ProvisioningSettingsService;
import org.dialtone.api.provisioning.ProvisioningSettingsUpdate;
import org.dialtone.api.security.SecretCipher;
import org.dialtone.store.ProvisioningSettingsRepository;
import org.dialtone.store.StoredProvisioningSettings;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@Component(service = ProvisioningSettingsService.class, configurationPid = "org.dialtone.provisioning")
@Designate(ocd = ProvisioningSettingsServiceImpl.Config.class)
public class ProvisioningSettingsServiceImpl implements ProvisioningSettingsService {
    @ObjectClassDefinition(name = "Dialtone provisioning")
    public @interface Config {
        @AttributeDefinition(description = "HTTPS port phones reach the server on (the load balancer's, if any); 0: the HTTPS listener's")
        int address_port() default 0;

        @AttributeDefinition(description = "Host name used in the provisioning address until an admin sets one")
        String address_defaultHost() default "";
    }

    static final String BASE_PATH = "/prov";
    static final String FACTORY_ACCOUNT = "PlcmSpIp";
    private static final Set<String> DOWNLOAD_SCHEMES = Set.of("https", "http", "ftps", "ftp", "tftp");
    /** Guide, Field Input Requirements: the provisioning account takes letters, digits and # . - _ ( ) [ ]. */
    private static final Pattern ACCOUNT_USER = Pattern.compile("[A-Za-z0-9#.\\-_()\\[\\]]{1,64}");
    private static final Pattern PASSWORD_CHARS = Pattern.compile("[\\x20-\\x7e]{8,128}");

    private final ProvisioningSettingsRepository repository;
    private final SecretCipher cipher;
    private final Clock clock;
    private final int port;
    private final String defaultHost;

    @Activate
    public ProvisioningSettingsServiceImpl(@Reference ProvisioningSettingsRepository repository,
                                           @Reference SecretCipher cipher, @Reference org.osgi.service.cm.ConfigurationAdmin configurations, Config config) {
        this(repository, cipher, Clock.systemUTC(), config.address_port() > 0 ? config.address_port() : listenerPort(configurations),
                config.address_defaultHost().isBlank() ? localHostName() : config.address_defaultHost());
    }

    /** The main HTTPS listener's port (pax-web's {@code org.osgi.service.http.port.secure}), 8443 when it says none. */
    static int listenerPort(org.osgi.service.cm.ConfigurationAdmin configurations) {
        try {
            org.osgi.service.cm.Configuration[] found = configurations.listConfigurations("(service.pid=org.ops4j.pax.web)");
            Object port = found == null || found.length == 0 ? null : found[0].getProperties().get("org.osgi.service.http.port.secure");
            return port == null ? 8443 : Integer.parseInt(port.toString().strip());
        } catch (java.io.IOException | org.osgi.framework.InvalidSyntaxException | NumberFormatException e) {
            return 8443;
        }
    }

    ProvisioningSettingsServiceImpl(ProvisioningSettingsRepository repository, SecretCipher cipher, Clock clock,
                                    int port, String defaultHost) {
        this.repository = repository;
        this.cipher = cipher;
        this.clock = clock;
        this.port = port;
        this.defaultHost = defaultHost;
    }

    @Override
    public ProvisioningSettings get() {
        return toApi(repository.load());
    }

    @Override
    public ProvisioningSettings update(ProvisioningSettingsUpdate u, String actor) {
        String hostName = u.hostName() == null ? null : checkHostName(u.hostName());
        String inside = u.downloadPathInside() == null ? null : checkDownloadPath("downloadPathInside", u.downloadPathInside());
        String outside = u.downloadPathOutside() == null ? null : checkDownloadPath("downloadPathOutside", u.downloadPathOutside());
        String sealedAccount = checkAccount(u.accountUser(), u.accountPassword());

        StoredProvisioningSettings stored = repository.update(u.expectedVersion(), current -> {
            LocalTime start = u.pollingWindowStart() != null ? u.pollingWindowStart() : current.pollingWindowStart();
            LocalTime end = u.pollingWindowEnd() != null ? u.pollingWindowEnd() : current.pollingWindowEnd();
            if (start.equals(end)) {
                throw new InvalidInputException("pollingWindowEnd", "must differ from pollingWindowStart ("
                        + start + "); the window may cross midnight, e.g. 23:00 to 01:00");
            }
            return new StoredProvisioningSettings(
                    hostName != null ? emptyToNull(hostName) : current.hostName(),
                    inside != null ? emptyToNull(inside) : current.downloadPathInside(),
                    outside != null ? emptyToNull(outside) : current.downloadPathOutside(),
                    start, end,
                    sealedAccount != null ? u.accountUser() : current.accountUser(),
                    sealedAccount != null ? sealedAccount : current.accountSecret(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), actor, current.version());
        });
        localChanges.incrementAndGet();
        return toApi(stored);
    }

    private final java.util.concurrent.atomic.AtomicLong localChanges = new java.util.concurrent.atomic.AtomicLong();

    @Override
    public long localChanges() {
        return localChanges.get();
    }

    private static String checkHostName(String raw) {
        String name = raw.strip();
        if (name.isEmpty()) {
            return "";
        }
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
            throw new InvalidInputException("hostName", "use lowercase letters only (the guide's host name rules)");
        }
        HostNameRules.violation(name).ifPresent(rule -> {
            throw new InvalidInputException("hostName", rule);
        });
        return name;
    }

    private static String checkDownloadPath(String field, String raw) {
        String path = raw.strip();
        if (path.isEmpty()) {
            return "";
        }
        if (path.length() > 2048) {
            throw new InvalidInputException(field, "must be at most 2048 characters");
        }
        try {
            URI uri = new URI(path);
            if (uri.getScheme() == null || !DOWNLOAD_SCHEMES.contains(uri.getScheme().toLowerCase(Locale.ROOT))
                    || uri.getHost() == null) {
                throw new InvalidInputException(field, "must be an absolute URL with a host, e.g. https://relay.example.com/"
                        + " (schemes: https, http, ftps, ftp, tftp)");
            }
        } catch (URISyntaxException e) {
            throw new InvalidInputException(field, "is not a valid URL: " + e.getReason());
        }
        return path;
    }

    /** Returns the sealed HA1 when both parts are given, null when neither is. */
    private String checkAccount(String user, String password) {
        if (user == null && password == null) {
            return null;
        }
        if (user == null) {
            throw new InvalidInputException("accountUser", "is required when accountPassword is set");
        }
        if (password == null) {
            throw new InvalidInputException("accountPassword", "is required when accountUser is set");
        }
        if (!ACCOUNT_USER.matcher(user).matches()) {
            throw new InvalidInputException("accountUser", "must be 1 to 64 ASCII letters, digits and # . - _ ( ) [ ] (no spaces)");
        }
        if (!PASSWORD_CHARS.matcher(password).matches()) {
            throw new InvalidInputException("accountPassword", "must be 8 to 128 printable ASCII characters");
        }
        return cipher.seal(DigestCredentials.ha1(user, password).getBytes(StandardCharsets.US_ASCII));
    }

    private ProvisioningSettings toApi(StoredProvisioningSettings s) {
        String host = s.hostName() != null ? s.hostName() : defaultHost;
        String address = host + (port == 443 ? "" : ":" + port) + BASE_PATH;
        // Phones try their factory account (PlcmSpIp) by themselves, so the guide leaves it out of the option string.
        boolean ownAccount = s.accountUser() != null && !FACTORY_ACCOUNT.equals(s.accountUser());
        String dhcp = "https://" + (ownAccount ? s.accountUser() + ":<password>@" : "") + address;
        return new ProvisioningSettings(s.hostName(), s.downloadPathInside(), s.downloadPathOutside(),
                s.pollingWindowStart(), s.pollingWindowEnd(), s.accountUser(), s.accountSecret() != null,
                "https://" + address, dhcp, s.modifiedAt(), s.modifiedBy(), s.version());
    }

    private static String emptyToNull(String value) {
        return value.isEmpty() ? null : value;
    }

    private static String localHostName() {
        try {
            return java.net.InetAddress.getLocalHost().getCanonicalHostName().toLowerCase(Locale.ROOT);
        } catch (java.net.UnknownHostException e) {
            return "localhost";
        }
    }
}
