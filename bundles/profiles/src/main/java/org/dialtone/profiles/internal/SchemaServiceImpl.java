package org.dialtone.profiles.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.dialtone.api.Uploads;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.ProfileAttribute;
import org.dialtone.api.profiles.SchemaAttribute;
import org.dialtone.api.profiles.SchemaInfo;
import org.dialtone.api.profiles.SchemaService;
import org.dialtone.api.software.SoftwareImageService;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dialtone.driver.spi.DeviceDriver;
import org.dialtone.store.SchemaRepository;
import org.dialtone.store.StoredSchema;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default device schema. Each node keeps the parsed index of the stored file and re-reads it when the
 * stored digest changes (asked at most every {@link #RECHECK_MILLIS}). Until an admin uploads one, the
 * schemas the loaded drivers ship stand in for it.
 */
@Component(service = SchemaService.class)
public class SchemaServiceImpl implements SchemaService, org.dialtone.drivers.DriverRegistry.Listener {
    static final String DEFAULT = "DEFAULT";
    static final int MAX_BYTES = 32 * 1024 * 1024;
    private static final long RECHECK_MILLIS = 2000;
    private static final Logger LOG = LoggerFactory.getLogger(SchemaServiceImpl.class);

    private final SchemaRepository schemas;
    private volatile Loaded loaded;
    private final Map<String, XsdIndex> driverSchemas = new ConcurrentHashMap<>();
    private volatile XsdIndex driverIndex;
    private volatile SoftwareImageService software;
    /** Parsed schemas of software images by content hash (the file's name in the content store); a few releases at a time. */
    private final Map<String, XsdIndex> imageSchemas = new java.util.LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, XsdIndex> eldest) {
            return size() > IMAGE_SCHEMAS;
        }
    };
    private static final int IMAGE_SCHEMAS = 4;

    private record Loaded(String sha256, XsdIndex index, long checkedAt) {
    }

    private final org.dialtone.drivers.DriverRegistry registry;

    @Activate
    public SchemaServiceImpl(@Reference SchemaRepository schemas, @Reference org.dialtone.drivers.DriverRegistry registry) {
        this.schemas = schemas;
        this.registry = registry;
        registry.listen(this);
    }

    @org.osgi.service.component.annotations.Deactivate
    void stop() {
        registry.unlisten(this);
    }

    @Override
    public void arrived(DeviceDriver driver) {
        try (InputStream xsd = driver.openDefaultSchema()) {
            if (xsd != null) {
                driverSchemas.put(driver.family(), XsdIndex.parse(xsd.readNBytes(MAX_BYTES)));
                driverIndex = null;
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The schema of driver {} could not be read, so its parameters are not searchable: {}", driver.family(), e.getMessage());
        }
    }

    @Override
    public void departed(DeviceDriver driver) {
        if (driverSchemas.remove(driver.family()) != null) {
            driverIndex = null;
        }
    }

    @Override
    public SchemaInfo uploadDefault(String name, InputStream xsd, String actor) {
        byte[] bytes = Uploads.read(xsd, MAX_BYTES, "file", "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB: is it the device schema (.xsd)?");
        String text = new String(bytes, StandardCharsets.UTF_8);
        XsdIndex index = XsdIndex.parse(bytes);
        String fileName = name == null || name.isBlank() ? "polycomConfig.xsd" : name.strip().replaceAll(".*[/\\\\]", "");
        if (fileName.length() > 255) {
            throw new InvalidInputException("name", "at most 255 characters");
        }
        String sha256 = sha256(bytes);
        schemas.save(new StoredSchema(DEFAULT, fileName, sha256, bytes.length, index.size(), text, actor, Instant.now()));
        loaded = new Loaded(sha256, index, System.currentTimeMillis());
        LOG.info("Default device schema {} ({} parameters) uploaded by {}", fileName, index.size(), actor);
        return defaultSchema().orElseThrow();
    }

    @Override
    public Optional<SchemaInfo> defaultSchema() {
        return schemas.describe(DEFAULT).map(s -> new SchemaInfo(s.name(), s.sha256(), s.bytes(), s.attributeCount(), s.uploadedBy(), s.uploadedAt()));
    }

    @Override
    public List<SchemaAttribute> search(String text, int limit, Long softwareImageId) {
        if (text == null || text.strip().length() < 2) {
            throw new InvalidInputException("q", "type at least 2 characters of the parameter name");
        }
        if (limit < 1 || limit > 500) {
            throw new InvalidInputException("limit", "must be between 1 and 500");
        }
        XsdIndex own = imageIndex(softwareImageId);
        XsdIndex index = own != null ? own : index();
        return index == null ? List.of() : index.search(text, limit);
    }

    @Override
    public List<String> check(List<ProfileAttribute> attributes, Long softwareImageId) {
        XsdIndex own = imageIndex(softwareImageId);
        XsdIndex index = own != null ? own : index();
        String which = own != null ? "schema of software image " + softwareImageId : loaded != null ? "default schema" : "drivers' schema";
        List<String> warnings = new java.util.ArrayList<>();
        if (index == null) {
            return warnings;
        }
        for (int i = 0; i < attributes.size(); i++) {
            ProfileAttribute a = attributes.get(i);
            SchemaAttribute definition = index.get(a.name());
            if (definition != null) {
                String problem = XsdIndex.check(definition, a.value() == null ? "" : a.value());
                if (problem != null && warnings.size() < MAX_WARNINGS) {
                    warnings.add(a.name() + " '" + a.value() + "' " + problem + " (" + which + ")");
                }
            }
        }
        return warnings;
    }

    private static final int MAX_WARNINGS = 200;

    @Override
    public void removeDefault(String actor) {
        if (!schemas.remove(DEFAULT)) {
            throw new org.dialtone.api.NotFoundException("No default schema is uploaded; the drivers' own schemas apply");
        }
        loaded = null;
        LOG.info("Default schema removed by {}", actor);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setSoftware(SoftwareImageService software) {
        this.software = software;
    }

    void unsetSoftware(SoftwareImageService software) {
        if (this.software == software) {
            this.software = null;
        }
    }

    /** The selected image's own schema; null when there is none (its release ships none, or nothing is selected). */
    private XsdIndex imageIndex(Long softwareImageId) {
        SoftwareImageService images = software;
        java.nio.file.Path xsd = softwareImageId == null || images == null ? null : images.schema(softwareImageId).orElse(null);
        if (xsd == null) {
            return null;
        }
        synchronized (imageSchemas) {
            XsdIndex cached = imageSchemas.get(xsd.getFileName().toString());
            if (cached != null) {
                return cached;
            }
        }
        XsdIndex parsed;
        try {
            parsed = XsdIndex.parse(java.nio.file.Files.readAllBytes(xsd));
        } catch (IOException | RuntimeException e) {
            LOG.warn("The schema of software image {} could not be read; the default schema stands in: {}", softwareImageId, e.toString());
            return null;
        }
        synchronized (imageSchemas) {
            imageSchemas.put(xsd.getFileName().toString(), parsed);
        }
        return parsed;
    }

    private XsdIndex index() {
        Loaded current = loaded;
        long now = System.currentTimeMillis();
        if (current != null && now - current.checkedAt() < RECHECK_MILLIS) {
            return current.index();
        }
        Optional<StoredSchema> described = schemas.describe(DEFAULT);
        if (described.isEmpty()) {
            loaded = null;
            return driversIndex();
        }
        if (current != null && current.sha256().equals(described.get().sha256())) {
            loaded = new Loaded(current.sha256(), current.index(), now);
            return current.index();
        }
        StoredSchema stored = schemas.load(DEFAULT).orElseThrow();
        XsdIndex index = XsdIndex.parse(stored.body().getBytes(StandardCharsets.UTF_8));
        loaded = new Loaded(stored.sha256(), index, now);
        return index;
    }

    private XsdIndex driversIndex() {
        XsdIndex merged = driverIndex;
        if (merged == null && !driverSchemas.isEmpty()) {
            merged = XsdIndex.merge(new java.util.TreeMap<>(driverSchemas).values());
            driverIndex = merged;
        }
        return merged;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
