package org.dialtone.driver.spi;

import java.util.List;
import java.util.Optional;

/**
 * What a device family contributes to Dialtone. A driver is an OSGi service (a DS component in its own
 * bundle); drivers may appear and disappear at any time, so the core tracks them dynamically and never
 * names a family itself. A driver never touches the database.
 */
public interface DeviceDriver {
    /** Stable identifier of the family, lowercase, e.g. the value devices of this family are stored with. */
    String family();

    /** Name shown to admins. */
    String displayName();

    /**
     * How devices of the family are known: by MAC address (phones) or by serial number. Decides which identity CSV
     * rows and hand-added devices of the family must carry.
     *
     * @since 2.1
     */
    default DeviceIdentity.Kind identifiedBy() {
        return DeviceIdentity.Kind.MAC;
    }

    /**
     * The parameter that names the device on the device itself, for families that take their name from the server
     * (the guide's Naming Devices): the core sends the device's name from the inventory in it unless a profile sets
     * it. Null (the default) for families whose name is only shown in Dialtone.
     *
     * @since 2.1
     */
    default String deviceNameParameter() {
        return null;
    }

    /**
     * Whether installing a software image on a device of this family needs an activation key file issued for that
     * image and device (the Group Series' update keys, F-SW-4): an update without one is refused.
     *
     * @since 2.1
     */
    default boolean softwareNeedsActivationKey() {
        return false;
    }

    /** The models this driver serves; the core shows and counts them, and matches CSV endpoint types against them. */
    List<DeviceModel> models();

    /**
     * Reads a provisioning request. Returns empty when the request does not come from this family;
     * must never throw on unknown or malformed input.
     */
    Optional<RecognizedDevice> recognize(ProvisioningRequest request);

    /**
     * The default score of a recognition that names one of the driver's models, the device's identity and its firmware.
     * A recognition scoring at least this is taken without asking the other drivers.
     */
    int FULL_SUPPORT = 8;

    /**
     * How sure the driver is of a device it recognised, when several drivers claim one request: the highest wins, not
     * the one that happened to be asked first (as wazo-provd's associators score). The default counts what was read:
     * one of the driver's own models, the device's identity, a firmware version.
     */
    default int support(RecognizedDevice device) {
        int score = 1;
        if (device.model() != null && models().stream().anyMatch(m -> m.token().equals(device.model()))) {
            score += 4;
        }
        if (device.identity() != null) {
            score += 2;
        }
        if (device.firmwareVersion() != null && !device.firmwareVersion().isBlank()) {
            score += 1;
        }
        return score;
    }

    /**
     * Where the family's requests carry the device's identity. The core keeps these while the driver is away, so that
     * the family's devices are still found and told to come back later. By default the MAC a file name starts with,
     * or for serial-identified families {@code SN:<serial>} in the user agent.
     */
    default List<IdentityPattern> identityPatterns() {
        return identifiedBy() == DeviceIdentity.Kind.SERIAL ? List.of(IdentityPattern.SERIAL_IN_USER_AGENT)
                : List.of(IdentityPattern.MAC_IN_FILE_NAME);
    }

    /**
     * The standard and {@code -TEMPLATE} profiles this driver ships. Stored when the driver arrives; those a
     * newer version no longer lists are removed with their associations.
     *
     * @since 2.0
     */
    default List<StandardProfile> standardProfiles() {
        return List.of();
    }

    /**
     * What a path of a recognised device is. Empty means the driver does not serve it (404).
     *
     * @since 2.0
     */
    default Optional<ProvisioningFile> classify(RecognizedDevice device, String path) {
        return Optional.empty();
    }

    /**
     * Writes the file a device first fetches (the master configuration of UC Software devices, the answer of a
     * family's own polling protocol) in the family's format.
     *
     * @since 2.0
     */
    String renderMasterConfig(MasterConfig config);

    /**
     * Writes a file holding these parameters, in order, in the family's format.
     *
     * @since 2.0
     */
    String renderConfigFile(List<Parameter> parameters);

    /**
     * What the core can do with a model at a firmware version (null when unknown).
     *
     * @since 2.0
     */
    default Capabilities capabilities(String model, String firmwareVersion) {
        return new Capabilities(java.util.Set.of(), false, true, false, null);
    }

    /**
     * Reads a software package: empty when it holds nothing for this family. Several drivers may claim parts of one
     * package (a UC Software release serves several families).
     *
     * @throws IllegalArgumentException when the package is this family's but unusable, with the reason for the admin
     * @since 2.1
     */
    default java.util.Optional<SoftwarePackage> readSoftwarePackage(SoftwareListing listing) {
        return java.util.Optional.empty();
    }

    /**
     * Parameters a device of the family needs, beyond {@code APP_FILE_PATH}, when a profile selects a software image
     * for it (CX5100/CX5500: the guide's {@code device.local.update*}); a profile's own value for one of them wins.
     *
     * @param version  the selected image's version
     * @param imageUrl absolute URL of the directory the image's files are downloaded from
     * @since 2.1
     */
    default List<Parameter> softwareParameters(String version, String imageUrl) {
        return List.of();
    }

    /**
     * The parameters that make a device fetch its configuration again every day at {@code at} (the provisioning
     * settings' polling window; Dialtone spreads devices over it). Put in the device's generated configuration below
     * every profile: a profile that sets one of them wins. Empty, the default, when the family cannot be told.
     *
     * @since 2.4
     */
    default List<Parameter> pollingParameters(java.time.LocalTime at) {
        return List.of();
    }

    /**
     * Parameters that make a device of this family update a device of another family paired with it (a Trio hands a
     * RealPresence Group Series its software) to the image a profile selects for that family: put in the device's
     * generated configuration below every profile, so a profile that sets one wins. Empty, the default, when the
     * family pairs with no such devices.
     *
     * @param pairedFamily the selected image's family, e.g. {@code groupseries}
     * @param version      the image's version
     * @param imageUrl     absolute URL of the directory holding the image's files and its licence file
     * @param windowStart  start of the maintenance window (the provisioning settings' polling window), or null for none
     * @param window       the window's length, or null for none
     * @since 2.5
     */
    default List<Parameter> pairedSoftwareParameters(String pairedFamily, String version, String imageUrl,
                                                     java.time.LocalTime windowStart, java.time.Duration window) {
        return List.of();
    }

    /**
     * The parameters that make a device of the family sign in to the provisioning server with an account of its own
     * (UC Software: {@code device.prov.user}/{@code device.prov.password}); empty, the default, when the family cannot
     * be told. Put in the device's generated configuration above every profile: a profile cannot undo them.
     *
     * @since 2.5
     */
    default List<Parameter> accountParameters(String user, String password) {
        return List.of();
    }

    /**
     * As {@link #softwareParameters(String, String)}, knowing the names of the image's files (below {@code imageUrl});
     * a family whose devices download one named file overrides this one.
     *
     * @since 2.2
     */
    default List<Parameter> softwareParameters(String version, String imageUrl, List<String> fileNames) {
        return softwareParameters(version, imageUrl);
    }

    /**
     * Where the family's devices expect an image's files below the download path, without slashes at either end
     * (CX5100/CX5500: {@code swupdate/CX/<version>}, as Polycom lays out its servers); null for Dialtone's own
     * {@code software/<image id>}. This server answers both for the device's selected image.
     *
     * @since 2.2
     */
    default String softwareFolder(String version) {
        return null;
    }

    /**
     * Whether the model at this firmware re-reads its configuration when sent a SIP NOTIFY {@code Event: check-sync}
     * (UC Software phones do, DEVICES.md 1.9); devices that do not (a Studio) take changes at their next poll.
     *
     * @since 2.6
     */
    default boolean takesCheckSync(String model, String firmwareVersion) {
        return false;
    }

    /**
     * The parameters that let the model at this firmware answer a screen capture ({@code SCREEN_CAPTURE}), set
     * through its REST API just before; empty when none are needed or it cannot be enabled remotely.
     *
     * @since 2.6
     */
    default java.util.Map<String, String> screenCaptureParameters(String model, String firmwareVersion) {
        return java.util.Map.of();
    }

    /**
     * How a task runs on a model at a firmware version: the device REST call, or empty when the task does not
     * apply ({@link #capabilities} leaves it out). Arguments: {@code DIAL} takes {@code destination} and optionally
     * {@code line}; {@code GET_PARAMETERS} the parameter names as keys; {@code SET_PARAMETERS} names and values.
     *
     * @throws IllegalArgumentException when the arguments do not fit the task, with a message for the admin
     * @since 2.1
     */
    default java.util.Optional<DeviceRequest> taskRequest(String model, String firmwareVersion, TaskType task,
                                                          java.util.Map<String, String> arguments) {
        return java.util.Optional.empty();
    }

    /**
     * The REST calls that read a model's status at a firmware version (device, line and call information), in the order
     * they are made; empty when the device cannot be asked (no REST API, or a firmware that reports nothing).
     *
     * @since 2.8
     */
    default List<DeviceRequest> statusRequests(String model, String firmwareVersion) {
        return List.of();
    }

    /**
     * Reads the device's answer to one of {@link #statusRequests}: {@code answer} is its JSON as plain values (maps,
     * lists, strings, numbers), null when the body was not JSON.
     *
     * @throws IllegalArgumentException when the answer is not what the request gets, with a message for the admin
     * @since 2.8
     */
    default StatusReport readStatus(DeviceRequest request, int httpStatus, Object answer) {
        return StatusReport.NOTHING;
    }

    /**
     * The schema (XSD) of the parameters this driver knows, shaped like Polycom's {@code polycomConfig.xsd}, so that
     * parameter search works before an admin uploads a real schema; null when the driver has none.
     *
     * @since 2.0
     */
    default java.io.InputStream openDefaultSchema() throws java.io.IOException {
        return null;
    }
}
