package org.dialtone.driver.ucs;

import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningFile;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The part of a UC Software family's driver that is the same for every family: recognition from the user
 * agent and the requested path, the file layout, and the master and configuration file formats. A family
 * adds its models, capabilities, standard profiles and schema.
 */
public abstract class UcsDriverSupport implements DeviceDriver {
    private static final Logger LOG = LoggerFactory.getLogger(UcsDriverSupport.class);
    private static final Pattern MAC_IN_PATH = Pattern.compile("(?:^|/)([0-9a-fA-F]{12})(?:\\.cfg|-[a-z]+\\.(?:cfg|log|xml))$");

    private final String family;
    private final String displayName;
    private final ModelTable models;
    private final Set<String> userAgentFamilies;
    private final Set<String> unknownModelsSeen = ConcurrentHashMap.newKeySet();

    /**
     * @param userAgentFamilies the words after "Polycom" in this family's user agents, e.g. {@code VVX}
     */
    protected UcsDriverSupport(String family, String displayName, ModelTable models, Set<String> userAgentFamilies) {
        this.family = family;
        this.displayName = displayName;
        this.models = models;
        this.userAgentFamilies = userAgentFamilies.stream().map(f -> f.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toSet());
    }

    @Override
    public String family() {
        return family;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public List<DeviceModel> models() {
        return models.models();
    }

    protected ModelTable modelTable() {
        return models;
    }

    @Override
    public Optional<RecognizedDevice> recognize(ProvisioningRequest request) {
        Optional<UcsUserAgent> parsed = request.userAgent().flatMap(UcsUserAgent::parse);
        if (parsed.isEmpty() || !userAgentFamilies.contains(parsed.get().family().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        UcsUserAgent agent = parsed.get();
        String model = models.find(agent.model()).map(DeviceModel::token).orElse(agent.model());
        if (models.find(agent.model()).isEmpty() && unknownModelsSeen.add(agent.model())) {
            LOG.warn("{} driver: model {} is not in its model table (user agent '{}'); it is provisioned with the family's defaults",
                    family, agent.model(), request.userAgent().orElse(""));
        }
        return Optional.of(new RecognizedDevice(family, model, agent.version(), agent.stage(), identity(request.path())));
    }

    /** The MAC in a per-device file name; none for the shared {@code 000000000000} files and software. */
    static DeviceIdentity identity(String path) {
        Matcher mac = MAC_IN_PATH.matcher(path);
        if (!mac.find()) {
            return null;
        }
        String hex = mac.group(1).toLowerCase(Locale.ROOT);
        return hex.equals(UcsFiles.ALL_DEVICES) ? null : DeviceIdentity.mac(hex);
    }

    @Override
    public Optional<org.dialtone.driver.spi.SoftwarePackage> readSoftwarePackage(org.dialtone.driver.spi.SoftwareListing listing) {
        return UcsSoftware.read(listing, models);
    }

    /** Device, line and call information through the REST API, when the model at this firmware has one ({@link #capabilities}). */
    @Override
    public List<org.dialtone.driver.spi.DeviceRequest> statusRequests(String model, String firmwareVersion) {
        return capabilities(model, firmwareVersion).restApi() ? UcsRestStatus.requests(reportsLines(model, firmwareVersion)) : List.of();
    }

    @Override
    public org.dialtone.driver.spi.StatusReport readStatus(org.dialtone.driver.spi.DeviceRequest request, int httpStatus, Object answer) {
        return UcsRestStatus.read(request, httpStatus, answer);
    }

    /** Whether the firmware reports line, registration and call status through its REST API (VVX 5.7.0 does not). */
    protected boolean reportsLines(String model, String firmwareVersion) {
        return true;
    }

    /** The REST call of a task the model at this firmware takes ({@link #capabilities}); empty otherwise. */
    @Override
    public Optional<org.dialtone.driver.spi.DeviceRequest> taskRequest(String model, String firmwareVersion,
                                                                       org.dialtone.driver.spi.TaskType task, java.util.Map<String, String> arguments) {
        if (!capabilities(model, firmwareVersion).tasks().contains(task)) {
            return Optional.empty();
        }
        return Optional.of(UcsRestTasks.request(task, arguments));
    }

    /**
     * Screen capture is {@code up.screenCapture.enabled}; VVX phones also need {@code up.screenCapture.value} and Trio
     * 6.x and later {@code up.screenCapture.allowed} (DEVICES-MANAGEMENT.md 4.2). Before 5.7 the user must enable it on
     * the phone, which a remote set cannot do.
     */
    @Override
    public Map<String, String> screenCaptureParameters(String model, String firmwareVersion) {
        Map<String, String> parameters = new java.util.LinkedHashMap<>();
        parameters.put("up.screenCapture.enabled", "1");
        if (family.equals("vvx")) {
            parameters.put("up.screenCapture.value", "1");
        }
        if (family.equals("trio") && atLeast(firmwareVersion, 6)) {
            parameters.put("up.screenCapture.allowed", "1");
        }
        return parameters;
    }

    /** Every UC Software release answers check-sync; whether it reboots depends on what changed (DEVICES.md 1.9). */
    @Override
    public boolean takesCheckSync(String model, String firmwareVersion) {
        return true;
    }

    @Override
    public Optional<ProvisioningFile> classify(RecognizedDevice device, String path) {
        return UcsFiles.classify(path);
    }

    /**
     * UC Software polls in {@code abs} mode at one time of day (DEVICES.md 1.9); Dialtone picks each device's time in
     * the window, so {@code random} mode, which not every release knows, is not needed.
     */
    @Override
    public List<Parameter> pollingParameters(java.time.LocalTime at) {
        return List.of(new Parameter("prov.polling.enabled", "1"), new Parameter("prov.polling.mode", "abs"),
                new Parameter("prov.polling.period", "86400"),
                new Parameter("prov.polling.time", at.format(java.time.format.DateTimeFormatter.ofPattern("HH:mm"))));
    }

    /** {@code device.*} parameters take effect once the device restarts, which it does by itself when they change. */
    @Override
    public List<Parameter> accountParameters(String user, String password) {
        return List.of(new Parameter("device.set", "1"), new Parameter("device.prov.user.set", "1"), new Parameter("device.prov.user", user),
                new Parameter("device.prov.password.set", "1"), new Parameter("device.prov.password", password));
    }

    @Override
    public String renderMasterConfig(MasterConfig config) {
        return UcsXml.masterConfig(config);
    }

    @Override
    public String renderConfigFile(List<Parameter> parameters) {
        return UcsXml.configFile(parameters);
    }

    /** The UC Software parameters Dialtone's profiles use and admins set most; families may ship their own instead. */
    @Override
    public java.io.InputStream openDefaultSchema() {
        return UcsDriverSupport.class.getResourceAsStream("/OSGI-INF/dialtone/ucs-polycomConfig.xsd");
    }

    /** Whether a dotted version is at least {@code minimum}; an unknown version is not. */
    public static boolean atLeast(String version, int... minimum) {
        if (version == null) {
            return false;
        }
        String[] parts = version.split("\\.");
        for (int i = 0; i < minimum.length; i++) {
            int value;
            try {
                value = i < parts.length ? Integer.parseInt(parts[i]) : 0;
            } catch (NumberFormatException e) {
                return false;
            }
            if (value != minimum[i]) {
                return value > minimum[i];
            }
        }
        return true;
    }

    /** Reads a model table shipped in the driver bundle at {@code /OSGI-INF/dialtone/<name>}. */
    protected static ModelTable modelTable(Class<?> driver, String name) {
        try (java.io.InputStream in = driver.getResourceAsStream("/OSGI-INF/dialtone/" + name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the driver bundle");
            }
            return ModelTable.read(in, name);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(name + " could not be read", e);
        }
    }
}
