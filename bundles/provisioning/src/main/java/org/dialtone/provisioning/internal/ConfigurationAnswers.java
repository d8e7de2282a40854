package org.dialtone.provisioning.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.dialtone.api.inventory.Device;
import org.dialtone.api.inventory.DeviceService;
import org.dialtone.api.profiles.DeploymentService;
import org.dialtone.api.profiles.EffectiveConfig;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.driver.spi.RecognizedDevice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files rendered from a device's effective configuration: its master configuration and its generated configuration
 * file, each kept rendered until the configuration behind it changes, and answered 304 while the device has it.
 */
final class ConfigurationAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(ConfigurationAnswers.class);

    private final RenderedFiles cache = new RenderedFiles(32L * 1024 * 1024);
    private final Supplier<Map<String, String>> secrets;
    private final DownloadPaths downloadPaths;
    private final SoftwareDownloads software;
    private final Supplier<org.dialtone.api.provisioning.DeviceAccounts> accounts;

    /** @param accounts who issues devices their own provisioning accounts; null while that is off */
    ConfigurationAnswers(Supplier<Map<String, String>> secrets, DownloadPaths downloadPaths, SoftwareDownloads software,
                         Supplier<org.dialtone.api.provisioning.DeviceAccounts> accounts) {
        this.secrets = secrets;
        this.accounts = accounts;
        this.downloadPaths = downloadPaths;
        this.software = software;
    }

    /** The master configuration; a device the inventory does not know gets the family's generic one. */
    Answer master(DeviceDriver driver, RecognizedDevice device, Device known, DeviceService inventory, DeploymentService configs, String path,
                  DeviceCall conditions) {
        try {
            EffectiveConfig config = known == null ? null : configs.effectiveConfig(known.id());
            String mac = known == null ? null : known.mac();
            DeviceSoftware chosen = known == null ? null : software.choose(driver, config, device.model() != null ? device.model() : known.model()).orElse(null);
            if (known != null) {
                SoftwareDownloads.noteTarget(inventory, known, chosen);
            }
            String base = chosen == null ? null : downloadPaths.baseFor(known.siteId());
            String key = known == null ? "generic:" + driver.family() + ":" + device.model() : "master:" + known.id() + ":" + device.model();
            return HttpAnswers.rendered(cache.get(key, config == null ? driver : config, Arrays.asList(driver, mac, base, chosen),
                    () -> driver.renderMasterConfig(ConfigFiles.master(config, device.model(), mac, base, chosen))), conditions);
        } catch (RuntimeException e) {
            if (known != null) {
                inventory.recordProvisionFailed(known.id());
            }
            LOG.warn("The master configuration of {} could not be generated: {}", path, e.toString());
            return Answer.retryLater(60);
        }
    }

    /** The device's own provisioning account, issued at its first configuration, when that is on and its family can be told. */
    private List<org.dialtone.driver.spi.Parameter> accountParameters(DeviceDriver driver, Device known) {
        org.dialtone.api.provisioning.DeviceAccounts issuer = accounts.get();
        if (issuer == null || driver.accountParameters("", "").isEmpty()) {
            return List.of();
        }
        org.dialtone.api.provisioning.DeviceAccounts.DeviceAccount account = issuer.issue(known.id(), known.identity());
        return driver.accountParameters(account.user(), account.password());
    }

    /**
     * The device's generated configuration file (UC {@code <mac>-dialtone.cfg}, or a polling family's whole document):
     * its effective parameters with secrets filled in, the name the family takes from the inventory, and what the
     * family needs for a selected software image.
     *
     * @param wholeConfiguration a polling family's whole document: the device learns of its software here, when its
     *                           driver can tell it (a family that cannot is not counted as pending or failing)
     */
    Answer deviceConfiguration(DeviceDriver driver, Device known, DeviceService inventory, DeploymentService configs, String path,
                               DeviceCall conditions, boolean wholeConfiguration) {
        try {
            EffectiveConfig config = configs.effectiveConfig(known.id());
            Map<String, String> secretValues = secrets.get();
            Optional<DeviceSoftware> chosen = software.choose(driver, config, known.model());
            List<org.dialtone.driver.spi.Parameter> forSoftware = chosen.map(c -> driver.softwareParameters(c.image().version(),
                    downloadPaths.absoluteBaseFor(known.siteId()) + c.folder(),
                    c.image().files().stream().map(org.dialtone.api.software.SoftwareFile::name).toList())).orElse(List.of());
            if (wholeConfiguration) {
                SoftwareDownloads.noteTarget(inventory, known, forSoftware.isEmpty() ? null : chosen.get());
            }
            List<org.dialtone.driver.spi.Parameter> own = new java.util.ArrayList<>(forSoftware);
            String resourceBase = downloadPaths.absoluteBaseFor(known.siteId());
            downloadPaths.pollingWindow().ifPresent(window -> own.addAll(driver.pollingParameters(
                    PollingWindow.timeFor(String.valueOf(known.identity().value()), window.start(), window.end()))));
            Optional<DownloadPaths.Window> window = downloadPaths.pollingWindow();
            own.addAll(software.forPairedDevices(driver, config, resourceBase, window.map(DownloadPaths.Window::start).orElse(null),
                    window.map(w -> PollingWindow.length(w.start(), w.end())).orElse(null)));
            List<org.dialtone.driver.spi.Parameter> account = accountParameters(driver, known);
            return HttpAnswers.rendered(cache.get("config:" + known.id(), config, Arrays.asList(driver, secretValues, known.name(), own, resourceBase, account),
                    () -> driver.renderConfigFile(ConfigFiles.withOverriding(ConfigFiles.withUnset(ConfigFiles.withDeviceName(
                            ConfigFiles.parameters(config, secretValues, resourceBase), driver.deviceNameParameter(), known.name()), own), account))),
                    conditions);
        } catch (RuntimeException e) {
            inventory.recordProvisionFailed(known.id());
            LOG.warn("The configuration of device {} ({}) could not be generated: {}", known.id(), path, e.toString());
            return Answer.retryLater(60);
        }
    }
}
