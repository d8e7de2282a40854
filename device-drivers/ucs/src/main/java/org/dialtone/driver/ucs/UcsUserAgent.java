package org.dialtone.driver.ucs;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.BootStage;

/**
 * A UC Software provisioning user agent (DEVICES.md 1.7):
 * {@code FileTransport Polycom<Family>-<Model>-UA/<version>[ (SN:<serial>)] [Type/<stage>]}.
 *
 * @param family  the word after "Polycom", e.g. {@code VVX}, {@code SoundPointIP}, {@code RealPresenceTrio}
 * @param model   the model token without underscores, e.g. {@code VVX410}, {@code SPIP335}, {@code Trio8800}
 * @param version the version; the application's only when {@code stage} is APPLICATION
 * @param serial  the serial number when the device tags it ({@code device.prov.tagSerialNo}), else null
 */
public record UcsUserAgent(String family, String model, String version, String serial, BootStage stage) {
    private static final Pattern AGENT = Pattern.compile("Polycom([A-Za-z0-9]+)-([A-Za-z0-9_]+?)-UA/([0-9][0-9.]*[0-9])(_[0-9a-fA-F]{12})?");
    private static final Pattern SERIAL = Pattern.compile("\\(SN:([^ )]+)\\)");
    private static final Pattern TYPE = Pattern.compile("Type/([A-Za-z]+)");

    /** Empty for anything that is not a UC Software user agent; never throws. */
    public static Optional<UcsUserAgent> parse(String userAgent) {
        if (userAgent == null || userAgent.length() > 512) {
            return Optional.empty();
        }
        Matcher agent = AGENT.matcher(userAgent);
        if (!agent.find()) {
            return Optional.empty();
        }
        Matcher serial = SERIAL.matcher(userAgent);
        Matcher type = TYPE.matcher(userAgent);
        BootStage stage = BootStage.UNKNOWN;
        if (type.find()) {
            stage = switch (type.group(1).toLowerCase(Locale.ROOT)) {
                case "application" -> BootStage.APPLICATION;
                case "updater" -> BootStage.UPDATER;
                case "bootrom", "bootblock" -> BootStage.BOOTROM;
                default -> BootStage.UNKNOWN;
            };
        }
        return Optional.of(new UcsUserAgent(agent.group(1), agent.group(2).replace("_", ""), agent.group(3),
                serial.find() ? serial.group(1) : null, stage));
    }
}
