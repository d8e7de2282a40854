package org.dialtone.driver.ucs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.ProvisioningFile;

/** The file names UC Software devices request and upload (DEVICES.md 1.1 and 1.5). */
public final class UcsFiles {
    public static final String ALL_DEVICES = "000000000000";
    /** Directories below the provisioning root for the guide's User Profiles, Certificate and FLK device files. */
    public static final String USER_PROFILES = "users";
    public static final String CERTIFICATES = "certificates";
    public static final String FEATURE_LICENSES = "flk";
    private static final Pattern PER_DEVICE = Pattern.compile("([0-9a-f]{12})(\\.cfg|-boot\\.log|-app\\.log|-phone\\.cfg|-web\\.cfg|-system\\.cfg"
            + "|-directory\\.xml|-calls\\.xml|-license\\.cfg)");
    private static final Pattern SOFTWARE = Pattern.compile("(?:[0-9]{4}-[0-9]{5}-[0-9]{3}\\.)?(?:sip|bootrom)\\.(?:ld|ver)");

    private UcsFiles() {
    }

    /** What the last segment of {@code path} is; empty for names UC Software devices do not use. */
    public static Optional<ProvisioningFile> classify(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        String lower = name.toLowerCase(Locale.ROOT);
        String directory = path.contains("/") ? path.substring(0, path.indexOf('/')).toLowerCase(Locale.ROOT) : "";
        switch (directory) {
            case USER_PROFILES -> {
                return Optional.of(new ProvisioningFile(FileKind.USER_PROFILE, name, true));
            }
            case CERTIFICATES -> {
                return lower.matches(".+\\.(pem|crt|cer)") ? Optional.of(new ProvisioningFile(FileKind.CERTIFICATE, name, true)) : Optional.empty();
            }
            case FEATURE_LICENSES -> {
                return Optional.of(new ProvisioningFile(FileKind.FEATURE_LICENSE, name, true));
            }
            default -> {
            }
        }
        Matcher perDevice = PER_DEVICE.matcher(lower);
        if (perDevice.matches()) {
            boolean all = perDevice.group(1).equals(ALL_DEVICES);
            return Optional.of(switch (perDevice.group(2)) {
                case ".cfg" -> new ProvisioningFile(FileKind.MASTER_CONFIG, lower, false);
                case "-boot.log", "-app.log" -> new ProvisioningFile(FileKind.LOG, lower, false);
                case "-phone.cfg", "-web.cfg", "-system.cfg" -> new ProvisioningFile(FileKind.OVERRIDE, lower, true);
                case "-directory.xml" -> new ProvisioningFile(FileKind.CONTACTS, lower, true);
                case "-calls.xml" -> new ProvisioningFile(FileKind.CALL_LIST, lower, true);
                default -> new ProvisioningFile(FileKind.LICENSE, lower, true);
            }).map(f -> all && f.kind() == FileKind.LOG ? new ProvisioningFile(FileKind.LOG, lower, false) : f);
        }
        if (SOFTWARE.matcher(lower).matches()) {
            return Optional.of(new ProvisioningFile(FileKind.SOFTWARE, lower, true));
        }
        if (lower.endsWith(".cfg")) {
            return Optional.of(new ProvisioningFile(FileKind.CONFIG, name, false));
        }
        if (lower.endsWith(".core") || lower.contains("-core.")) {
            return Optional.of(new ProvisioningFile(FileKind.CORE_DUMP, name, false));
        }
        if (lower.matches("[a-z0-9][a-z0-9._-]{0,127}\\.(wav|jpg|jpeg|png|bmp|xml|txt|cfg)")) {
            return Optional.of(new ProvisioningFile(FileKind.RESOURCE, name, true));
        }
        return Optional.empty();
    }
}
