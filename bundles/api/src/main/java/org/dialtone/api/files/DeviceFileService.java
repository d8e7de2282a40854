package org.dialtone.api.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;

/**
 * The guide's Device Files (F-DEV-7, F-PROV-5): directories {@code overrides}, {@code contacts}, {@code licenses},
 * {@code misc} (what admins upload), and {@code logs}, {@code calls} (what devices upload), per device identity (its MAC address, or serial number for
 * serial-identified devices); a null identity means
 * the files for all devices; a device's own file wins over the one for all.
 */
public interface DeviceFileService {
    List<DeviceFile> list(String identity);

    /** Replaces the file whole, or leaves the old one when the upload breaks off or exceeds the cap. */
    DeviceFile upload(String identity, String directory, String name, InputStream content);

    void download(String identity, String directory, String name, OutputStream out) throws IOException;

    void delete(String identity, String directory, String name);
}
