package org.dialtone.driver.groupseries.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.BootStage;
import org.dialtone.driver.spi.Capabilities;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.DeviceIdentity;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;
import org.dialtone.driver.spi.ProvisioningFile;
import org.dialtone.driver.spi.ProvisioningRequest;
import org.dialtone.driver.spi.RecognizedDevice;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.driver.spi.TaskType;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * RealPresence Group Series: identified by serial number, provisioned through the Polaris exchange (a POSTed
 * {@code ProvisionRequestMessage} answered by a {@code ProvisionResponseMessage}); software updates need an
 * activation key file per image and system.
 */
@Component(service = DeviceDriver.class)
public class GroupSeriesDriver implements DeviceDriver {
    private static final Logger LOG = LoggerFactory.getLogger(GroupSeriesDriver.class);
    static final String OTHER_MODEL = "GroupSeries";
    private static final Pattern MODEL_NUMBER = Pattern.compile("Group\\s*(?:Series\\s*)?(\\d{3})", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIAL = Pattern.compile("[A-Za-z0-9-]{1,64}");
    private static final Pattern TAR_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+(?:\\.\\d+)?(?:-\\d+)?");
    private static final Set<String> GS_TYPES = Set.of("GROUPSERIES", "GROUP_SERIES");
    private static final Set<String> ENDPOINT_TYPES = Set.of("RealPresence Group Series", "Group Series");
    private static final List<DeviceModel> MODELS = List.of(
            model("GroupSeries300", "RealPresence Group 300"),
            model("GroupSeries310", "RealPresence Group 310"),
            model("GroupSeries500", "RealPresence Group 500"),
            model("GroupSeries700", "RealPresence Group 700"),
            model(OTHER_MODEL, "RealPresence Group Series (other model)"));
    private final Set<String> unknownModelsLogged = ConcurrentHashMap.newKeySet();

    private static DeviceModel model(String token, String name) {
        return new DeviceModel(token, name, null, "RealPresence Group Series", ENDPOINT_TYPES);
    }

    @Override
    public String family() {
        return "groupseries";
    }

    @Override
    public String displayName() {
        return "Polycom RealPresence Group Series (Polaris provisioning)";
    }

    @Override
    public DeviceIdentity.Kind identifiedBy() {
        return DeviceIdentity.Kind.SERIAL;
    }

    @Override
    public boolean softwareNeedsActivationKey() {
        return true;
    }

    /** A Group Series names itself only in the Polaris request it POSTs. */
    @Override
    public List<org.dialtone.driver.spi.IdentityPattern> identityPatterns() {
        return List.of(new org.dialtone.driver.spi.IdentityPattern(org.dialtone.driver.spi.IdentityPattern.Where.BODY,
                java.util.regex.Pattern.compile("<serialNumber>\\s*([A-Za-z0-9-]{1,64})\\s*</serialNumber>"), DeviceIdentity.Kind.SERIAL));
    }

    @Override
    public List<DeviceModel> models() {
        return MODELS;
    }

    @Override
    public Optional<RecognizedDevice> recognize(ProvisioningRequest request) {
        if (!"POST".equals(request.method())) {
            return Optional.empty();
        }
        Optional<PolarisMessages.ProvisionRequest> message = PolarisMessages.readRequest(request.body());
        if (message.isEmpty() || message.get().deviceType() == null
                || !GS_TYPES.contains(message.get().deviceType().toUpperCase(Locale.ROOT))) {
            return Optional.empty();
        }
        PolarisMessages.ProvisionRequest m = message.get();
        String serial = m.serialNumber();
        DeviceIdentity identity = serial != null && SERIAL.matcher(serial).matches() ? DeviceIdentity.serial(serial) : null;
        return Optional.of(new RecognizedDevice(family(), modelToken(m.model()), m.softwareVersion(), BootStage.APPLICATION, identity));
    }

    String modelToken(String reported) {
        Matcher number = MODEL_NUMBER.matcher(reported == null ? "" : reported);
        if (number.find()) {
            String token = OTHER_MODEL + number.group(1);
            if (MODELS.stream().anyMatch(m -> m.token().equals(token))) {
                return token;
            }
        }
        if (unknownModelsLogged.size() < 100 && unknownModelsLogged.add(String.valueOf(reported))) {
            LOG.info("A Group Series system reported the model '{}', which this driver does not know; it is served as {}", reported, OTHER_MODEL);
        }
        return OTHER_MODEL;
    }

    @Override
    public Optional<ProvisioningFile> classify(RecognizedDevice device, String path) {
        if (device.identity() == null) {
            return Optional.empty();
        }
        return Optional.of(new ProvisioningFile(FileKind.DEVICE_CONFIG, device.identity().value() + "-polaris.xml", false));
    }

    @Override
    public String renderMasterConfig(MasterConfig config) {
        return PolarisMessages.response(config.custom().entrySet().stream().map(e -> new Parameter(e.getKey(), e.getValue())).toList());
    }

    @Override
    public String renderConfigFile(List<Parameter> parameters) {
        return PolarisMessages.response(parameters);
    }

    /** A Group Series software image is one {@code .tar}, installed whole; its version is in its name or stated. */
    @Override
    public Optional<org.dialtone.driver.spi.SoftwarePackage> readSoftwarePackage(org.dialtone.driver.spi.SoftwareListing listing) {
        if (!listing.fileName().toLowerCase(Locale.ROOT).endsWith(".tar") || listing.entries().size() != 1) {
            return Optional.empty();
        }
        String version = listing.version();
        if (version == null || version.isBlank()) {
            Matcher named = TAR_VERSION.matcher(listing.fileName());
            if (!named.find()) {
                throw new IllegalArgumentException(listing.fileName() + " names no version such as 6.2.2.1-540031; state the version of the image");
            }
            version = named.group();
        }
        return Optional.of(new org.dialtone.driver.spi.SoftwarePackage(version.strip(),
                MODELS.stream().map(DeviceModel::token).collect(java.util.stream.Collectors.toSet()), listing.entries()));
    }

    @Override
    public Capabilities capabilities(String model, String firmwareVersion) {
        return new Capabilities(EnumSet.noneOf(TaskType.class), false, true, false,
                "Provisioned through the Polaris exchange at its profile update interval; takes no scheduled tasks."
                        + " A software update needs the activation key file of the image for the system's serial number");
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return List.of(new StandardProfile("GroupSeries-Update-Checks", "Group Series systems check for profile changes every minute and for software every two",
                List.of(new StandardProfile.Parameter("generalConfig.profileUpdateCheckInterval", "PT60S"),
                        new StandardProfile.Parameter("generalConfig.softwareUpdateCheckInterval", "PT120S"),
                        new StandardProfile.Parameter("generalConfig.heartbeatPostInterval", "false"))));
    }

    @Override
    public java.io.InputStream openDefaultSchema() {
        return GroupSeriesDriver.class.getResourceAsStream("/OSGI-INF/dialtone/groupseries-schema.xsd");
    }
}
