package org.dialtone.driver.ucs;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dialtone.driver.spi.DeviceModel;
import org.dialtone.driver.spi.SoftwareListing;
import org.dialtone.driver.spi.SoftwarePackage;

/**
 * Reads UC Software packages (DEVICES.md 1.1, 1.3): split images {@code <part>.sip.ld} serve the models with that
 * part number, a combined {@code sip.ld} every model of the family; {@code sip.ver} holds the version.
 */
public final class UcsSoftware {
    private static final Pattern SPLIT = Pattern.compile("(\\d{4}-\\d{5}-\\d{3})\\.sip\\.ld", Pattern.CASE_INSENSITIVE);
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+){1,3}(?:[._-][0-9A-Za-z]+)?");

    private UcsSoftware() {
    }

    public static Optional<SoftwarePackage> read(SoftwareListing listing, ModelTable models) {
        Set<String> served = new LinkedHashSet<>();
        List<String> files = new ArrayList<>();
        String combined = null;
        String ver = null;
        String schema = null;
        boolean anySplit = false;
        for (String entry : listing.entries()) {
            String name = entry.substring(entry.lastIndexOf('/') + 1);
            Matcher split = SPLIT.matcher(name);
            if (split.matches()) {
                anySplit = true;
                List<String> forPart = models.models().stream().filter(m -> split.group(1).equals(m.partNumber())).map(DeviceModel::token).toList();
                if (!forPart.isEmpty()) {
                    served.addAll(forPart);
                    files.add(entry);
                }
            } else if (name.equalsIgnoreCase("sip.ld")) {
                combined = entry;
            } else if (name.equalsIgnoreCase("sip.ver")) {
                ver = entry;
            } else if (name.equalsIgnoreCase("polycomConfig.xsd")) {
                schema = entry;
            }
        }
        // A combined sip.ld serves the family when the package splits nothing, or splits for this family too.
        if (combined != null && (!anySplit || !served.isEmpty())) {
            if (served.isEmpty()) {
                models.models().forEach(m -> served.add(m.token()));
            }
            files.add(combined);
        }
        if (served.isEmpty()) {
            return Optional.empty();
        }
        String version = version(ver == null ? null : listing.textFiles().get(ver), listing.version(), listing.fileName());
        if (ver != null) {
            files.add(ver);
        }
        return Optional.of(new SoftwarePackage(version, served, files, schema));
    }

    private static String version(String sipVer, String stated, String fileName) {
        // The first word of sip.ver's first line: builds may follow it ("6.4.3.2222 rts12").
        String first = sipVer == null ? null : sipVer.strip().lines().findFirst().orElse("").strip().split("\\s+")[0];
        for (String candidate : new String[] {first, stated}) {
            if (candidate != null && VERSION.matcher(candidate).matches()) {
                return candidate;
            }
        }
        throw new IllegalArgumentException(fileName + " has no sip.ver with a version such as 6.4.3.1234; state the version of the package");
    }
}
