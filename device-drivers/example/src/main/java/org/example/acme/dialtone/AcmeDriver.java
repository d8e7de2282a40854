package org.example.acme.dialtone;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.dialtone.driver.spi.BootStage;
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
import org.osgi.service.component.annotations.Component;

/**
 * A complete driver for the imaginary Acme desk phones, written against the SPI alone. Acme phones send
 * {@code User-Agent: AcmeFone/<model>/<version>}, fetch {@code acme-<mac>.conf} and read key=value lines.
 */
@Component(service = DeviceDriver.class)
public class AcmeDriver implements DeviceDriver {
    private static final Pattern AGENT = Pattern.compile("AcmeFone/([A-Z0-9]+)/([0-9.]+)");
    private static final Pattern CONFIG = Pattern.compile("acme-([0-9a-f]{12})\\.conf");
    private static final List<DeviceModel> MODELS = List.of(
            new DeviceModel("A100", "Acme A100", null, "Acme", Set.of("Acme")),
            new DeviceModel("A200", "Acme A200", null, "Acme", Set.of("Acme")));

    @Override
    public String family() {
        return "acme";
    }

    @Override
    public String displayName() {
        return "Acme desk phones (example driver)";
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
        Matcher config = CONFIG.matcher(request.path());
        DeviceIdentity identity = config.matches() ? DeviceIdentity.mac(config.group(1)) : null;
        return Optional.of(new RecognizedDevice(family(), agent.group(1), agent.group(2), BootStage.APPLICATION, identity));
    }

    @Override
    public Optional<ProvisioningFile> classify(RecognizedDevice device, String path) {
        return CONFIG.matcher(path).matches() ? Optional.of(new ProvisioningFile(FileKind.DEVICE_CONFIG, path, false)) : Optional.empty();
    }

    /** Acme phones have no master configuration: their one file carries every parameter (renderConfigFile). */
    @Override
    public String renderMasterConfig(MasterConfig config) {
        return config.custom().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("\n", "", "\n"));
    }

    @Override
    public String renderConfigFile(List<Parameter> parameters) {
        return parameters.stream().map(p -> p.name() + "=" + p.value()).collect(Collectors.joining("\n", "", "\n"));
    }

    @Override
    public List<StandardProfile> standardProfiles() {
        return List.of(new StandardProfile("Acme-Basics", "Acme's recommended settings",
                List.of(new StandardProfile.Parameter("acme.display.brightness", "80"))));
    }
}
