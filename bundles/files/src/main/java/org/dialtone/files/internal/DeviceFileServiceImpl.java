package org.dialtone.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.files.DeviceFile;
import org.dialtone.api.files.DeviceFileService;
import org.dialtone.driver.spi.FileKind;
import org.dialtone.files.DeviceFileStore;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Admin access to the files devices fetch and upload, on the same store the provisioning endpoint uses. */
@Component(service = DeviceFileService.class)
public class DeviceFileServiceImpl implements DeviceFileService {
    private static final String ALL_DEVICES = DeviceFileStore.ALL_DEVICES;
    static final Map<String, FileKind> DIRECTORIES = Map.of("overrides", FileKind.OVERRIDE, "contacts", FileKind.CONTACTS,
            "licenses", FileKind.LICENSE, "misc", FileKind.RESOURCE, "logs", FileKind.LOG, "calls", FileKind.CALL_LIST,
            "user-profiles", FileKind.USER_PROFILE, "certificates", FileKind.CERTIFICATE, "flk", FileKind.FEATURE_LICENSE);
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.(cfg|xml|csv|pem|crt|cer|log|txt|json|wav|jpg|png|bmp|flk|gz)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern IDENTITY = Pattern.compile("[0-9a-f]{12}|sn-[A-Za-z0-9-]{1,64}");
    private final DeviceFileStore files;

    @Activate
    public DeviceFileServiceImpl(@Reference DeviceFileStore files) {
        this.files = files;
    }

    @Override
    public List<DeviceFile> list(String mac) {
        try {
            return files.list(owner(mac)).stream().map(f -> new DeviceFile(directoryOf((String) f[0]), (String) f[1], (Long) f[2],
                    (java.time.Instant) f[3])).sorted(java.util.Comparator.comparing(DeviceFile::directory).thenComparing(DeviceFile::name)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public DeviceFile upload(String mac, String directory, String name, InputStream content) {
        FileKind kind = kind(directory);
        String file = name(name);
        try {
            files.store(owner(mac), kind, file, content);
        } catch (org.dialtone.store.ContentFiles.TooLargeException e) {
            throw new InvalidInputException("file", "is larger than the upload limit (uploadMaxBytes in etc/org.dialtone.provisioning.endpoint.cfg)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return list(mac).stream().filter(f -> f.name().equals(file) && f.directory().equals(directory.toLowerCase(Locale.ROOT)))
                .findFirst().orElseThrow();
    }

    @Override
    public void download(String mac, String directory, String name, OutputStream out) throws IOException {
        Path path = files.find(owner(mac), kind(directory), name(name)).orElseThrow(() -> missing(directory, name));
        Files.copy(path, out);
    }

    @Override
    public void delete(String mac, String directory, String name) {
        try {
            if (!files.delete(owner(mac), kind(directory), name(name))) {
                throw missing(directory, name);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static NotFoundException missing(String directory, String name) {
        return new NotFoundException("There is no file " + directory + "/" + name + "; list the files to see what is there");
    }

    private static String owner(String mac) {
        if (mac == null) {
            return ALL_DEVICES;
        }
        if (!IDENTITY.matcher(mac).matches()) {
            throw new InvalidInputException("device", "files are kept per MAC address or serial number; this device has neither");
        }
        return mac;
    }

    private static FileKind kind(String directory) {
        FileKind kind = directory == null ? null : DIRECTORIES.get(directory.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new InvalidInputException("directory", "must be one of " + new java.util.TreeSet<>(DIRECTORIES.keySet()));
        }
        return kind;
    }

    private static String directoryOf(String kindFolder) {
        return DIRECTORIES.entrySet().stream().filter(e -> e.getValue().name().equalsIgnoreCase(kindFolder)).map(Map.Entry::getKey)
                .findFirst().orElse(kindFolder);
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidInputException("name", "must be a plain file name ending in .cfg, .xml, .csv, .pem, .crt, .cer, .log, .txt, "
                    + ".json, .wav, .jpg, .png, .bmp, .flk or .gz");
        }
        return name;
    }
}
