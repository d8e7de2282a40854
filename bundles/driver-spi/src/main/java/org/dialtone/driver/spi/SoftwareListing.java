package org.dialtone.driver.spi;

import java.util.List;
import java.util.Map;

/**
 * What an uploaded software package holds, for a driver to say whether it is its family's (F-SW-1).
 *
 * @param fileName  the package's name as uploaded, e.g. {@code UCS_v6.4.3.zip}, {@code sip.ld}, {@code gs-6.2.2.tar}
 * @param entries   the names of the files in an archive (ZIP), directories left out; the package itself when it is
 *                  a single image ({@code .ld}, {@code .tar})
 * @param textFiles the content of the small text files among them ({@code sip.ver} and the like, at most 4 KiB each)
 * @param version   the version the admin stated, or null
 * @since 2.1
 */
public record SoftwareListing(String fileName, List<String> entries, Map<String, String> textFiles, String version) {
    public SoftwareListing {
        entries = List.copyOf(entries);
        textFiles = Map.copyOf(textFiles);
    }
}
