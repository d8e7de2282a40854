package org.dialtone.driver.studio.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import org.dialtone.driver.spi.SoftwareListing;
import org.dialtone.driver.spi.SoftwarePackage;
import org.dialtone.driver.spi.StandardProfile;
import org.dialtone.driver.spi.TaskType;
import org.osgi.service.component.annotations.Component;

/**
 * Poly Studio USB video bars, which poll Dialtone with Dialtone's own protocol ({@code PROTOCOL.md} of this module):
 * identified by serial number, configured by a key=value document, named from Dialtone, no scheduled tasks.
 */
@Component(service = DeviceDriver.class)
public class StudioDriver implements DeviceDriver {
    static final String FIRST_LINE = "# dialtone-studio-config 1";
    private static final Pattern AGENT = Pattern.compile("^PolyStudio/([0-9][0-9A-Za-z._-]{0,31}) \\(([A-Za-z0-9]{1,32}); SN:([A-Za-z0-9-]{1,64})\\)");
    private static final Pattern PATH = Pattern.compile("studio/v1/([A-Za-z0-9-]{1,64})/(config|log|software)");
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._-]{1,128}");
    private static final Pattern PACKAGE = Pattern.compile("(?i)(?:poly)?studio[-_][^/]*\\.zip");
    private static final Pattern RELEASE = Pattern.compile("\\d+(?:\\.\\d+){1,3}");
    private static final List<DeviceModel> MODELS = List.of(
            new DeviceModel("Studio", "Polycom Studio", null, "Polycom Studio", Set.of("Polycom Studio", "Poly Studio", "Studio")),
            new DeviceModel("StudioR30", "Poly Studio R30", null, "Polycom Studio", Set.of("Polycom Studio", "Poly Studio R30")));

    @Override
    public String family() {
        return "studio";
    }

    @Override
    public String displayName() {
        return "Poly Studio USB video bars (Dialtone's Studio polling protocol)";
    }

    @Override
    public DeviceIdentity.Kind identifiedBy() {
        return DeviceIdentity.Kind.SERIAL;
    }

    @Override
    public String deviceNameParameter() {
        return "device.name";
    }

    @Override
    public List<DeviceModel> models() {
        return MODELS;
    }

    @Override
    public Optional<RecognizedDevice> recognize(ProvisioningRequest request) {
        Matcher agent = AGENT.matcher(request.userAgent().orElse(""));
        if (!agent.find()) {
            return Optional.empty();
        }
        String model = MODELS.stream().map(DeviceModel::token).filter(t -> t.equalsIgnoreCase(agent.group(2))).findFirst().orElse("Studio");
        Matcher path = PATH.matcher(request.path());
        // The serial in the path must be the agent's own: a device reads and writes only its own files.
        DeviceIdentity identity = path.matches() && path.group(1).equals(agent.group(3)) ? DeviceIdentity.serial(agent.group(3)) : null;
        return Optional.of(new RecognizedDevice(family(), model, agent.group(1), BootStage.APPLICATION, identity));
    }

    @Override
    public Optional<ProvisioningFile> classify(RecognizedDevice device, String path) {
        Matcher m = PATH.matcher(path);
        if (device.identity() == null || !m.matches()) {
            return Optional.empty();
        }
        String serial = device.identity().value();
        return Optional.of(switch (m.group(2)) {
            case "config" -> new ProvisioningFile(FileKind.DEVICE_CONFIG, serial + ".conf", false);
            case "log" -> new ProvisioningFile(FileKind.LOG, serial + "-app.log", false);
            default -> new ProvisioningFile(FileKind.SOFTWARE, serial + "-software", true);
        });
    }

    /** Studios have no master configuration; the same document format carries what one would hold. */
    @Override
    public String renderMasterConfig(MasterConfig config) {
        return document(config.custom().entrySet().stream().map(e -> new Parameter(e.getKey(), e.getValue())).toList());
    }

    @Override
    public String renderConfigFile(List<Parameter> parameters) {
        return document(parameters);
    }

    static String document(List<Parameter> parameters) {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        parameters.stream().filter(p -> KEY.matcher(p.name()).matches())
                .sorted(java.util.Comparator.comparing(Parameter::name))
                .forEach(p -> text.append(p.name()).append('=').append(escape(p.value())).append('\n'));
        return text.toString();
    }

    private static String escape(String value) {
        return value == null ? "" : value.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /**
     * A Studio release is one {@code .zip} named for the product ({@code PolyStudio-4.0.1.0123.zip}), downloaded whole;
     * its version is in the name unless the admin states it.
     */
    @Override
    public Optional<SoftwarePackage> readSoftwarePackage(SoftwareListing listing) {
        if (!PACKAGE.matcher(listing.fileName()).matches()) {
            return Optional.empty();
        }
        Matcher named = RELEASE.matcher(listing.fileName());
        String version = listing.version() != null ? listing.version() : named.find() ? named.group() : null;
        if (version == null) {
            throw new IllegalArgumentException(listing.fileName() + " names no version (PolyStudio-4.0.1.0123.zip); state the version of the package");
        }
        return Optional.of(new SoftwarePackage(version, MODELS.stream().map(DeviceModel::token).collect(java.util.stream.Collectors.toSet()),
                List.of(listing.fileName())));
    }

    /** The document tells the device which version to run and where the package is (PROTOCOL.md). */
    @Override
    public List<Parameter> softwareParameters(String version, String imageUrl, List<String> fileNames) {
        return fileNames.isEmpty() ? List.of() : List.of(new Parameter("software.version", version),
                new Parameter("software.url", imageUrl + "/" + fileNames.get(0)));
    }

    @Override
    public Capabilities capabilities(String model, String firmwareVersion) {
        return new Capabilities(EnumSet.noneOf(TaskType.class), false, false, false,
                "Takes no scheduled tasks (it does not recognise check-sync): changes apply at its next poll."
                        + " Monitored and provisioned without a licence");
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return List.of(new StandardProfile("Studio-Poll-Every-5-Minutes", "Studios ask for changes every 5 minutes and upload their log after a change",
                List.of(new StandardProfile.Parameter("poll.intervalSeconds", "300"), new StandardProfile.Parameter("log.upload", "1"))),
                new StandardProfile("Studio-Device-Name-TEMPLATE", "Names the Studios it is assigned to (beats the name in the Device Monitor)",
                        List.of(new StandardProfile.Parameter("device.name", ""))));
    }

    @Override
    public java.io.InputStream openDefaultSchema() {
        return StudioDriver.class.getResourceAsStream("/OSGI-INF/dialtone/studio-schema.xsd");
    }
}
