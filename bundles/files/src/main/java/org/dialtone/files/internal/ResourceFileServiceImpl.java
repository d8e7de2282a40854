package org.dialtone.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.NotFoundException;
import org.dialtone.api.files.ResourceFile;
import org.dialtone.api.files.ResourceFileService;
import org.dialtone.files.ResourceContent;
import org.dialtone.store.ContentFiles;
import org.dialtone.store.ResourceFileRepository;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource files: metadata in the database, content under {@code data/dialtone/resources/<sha256>}, written through
 * a temporary file while its digest is computed, so a broken upload leaves nothing behind.
 */
@Component(service = {ResourceFileService.class, ResourceContent.class}, configurationPid = "org.dialtone.provisioning.resources")
@Designate(ocd = ResourceFileServiceImpl.Config.class)
public class ResourceFileServiceImpl implements ResourceFileService, ResourceContent {
    @ObjectClassDefinition(name = "Dialtone resource files")
    public @interface Config {
        @AttributeDefinition(description = "Largest resource file accepted, in bytes (the guide recommends under 50 MB)")
        long maxBytes() default 64L * 1024 * 1024;
    }

    /** The file types the guide's "Managing Resource Files" lists. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}\\.(ld|wav|cfg|csv|png|jpg|xml|zip|tar|txt|log|bak|htm|html|mp3)",
            Pattern.CASE_INSENSITIVE);
    private static final Logger LOG = LoggerFactory.getLogger(ResourceFileServiceImpl.class);

    private final ResourceFileRepository repository;
    private final ContentFiles contents;
    private final long maxBytes;

    @Activate
    public ResourceFileServiceImpl(@Reference ResourceFileRepository repository, Config config) {
        this.repository = repository;
        try {
            this.contents = new ContentFiles(Path.of(System.getProperty("karaf.data", "data"), "dialtone", "resources").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("the resource file directory cannot be created", e);
        }
        this.maxBytes = config.maxBytes();
    }

    @Override
    public List<ResourceFile> list() {
        return repository.list();
    }

    @Override
    public ResourceFile describe(String name) {
        return repository.find(name(name)).orElseThrow(() -> missing(name));
    }

    @Override
    public ResourceFile upload(String name, String description, InputStream content, String actor) {
        String fileName = name(name);
        String text = description == null || description.isBlank() ? null : description.strip();
        if (text != null && text.length() > 1024) {
            throw new InvalidInputException("description", "at most 1024 characters");
        }
        try {
            ContentFiles.Stored stored = contents.put(content, maxBytes);
            ResourceFile file = repository.save(fileName, text, stored.sha256(), stored.bytes(), actor);
            LOG.info("Resource file {} ({} bytes) uploaded by {}", fileName, stored.bytes(), actor);
            return file;
        } catch (ContentFiles.TooLargeException e) {
            throw new InvalidInputException("file", "is larger than " + maxBytes + " bytes, the limit set by maxBytes in"
                    + " etc/org.dialtone.provisioning.resources.cfg");
        } catch (IOException e) {
            throw new UncheckedIOException("the resource file could not be stored", e);
        }
    }

    @Override
    public void download(String name, OutputStream out) throws IOException {
        Files.copy(path(name).orElseThrow(() -> missing(name)), out);
    }

    @Override
    public Optional<ResourceFile> find(long id) {
        return repository.find(id);
    }

    @Override
    public void delete(String name, String actor) {
        ResourceFile file = describe(name);
        boolean shared = repository.delete(file.name());
        if (!shared) {
            try {
                contents.delete(file.sha256());
            } catch (IOException e) {
                LOG.warn("The content of resource file {} could not be removed: {}", file.name(), e.toString());
            }
        }
        LOG.info("Resource file {} deleted by {}", file.name(), actor);
    }

    @Override
    public Optional<Path> path(String name) {
        if (name == null || !NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return repository.find(name).map(f -> contents.path(f.sha256())).filter(Files::isRegularFile);
    }

    private static NotFoundException missing(String name) {
        return new NotFoundException("There is no resource file named " + name + "; list the resource files to find the right one");
    }

    private static String name(String name) {
        if (name == null || !NAME.matcher(name).matches() || name.contains("..")) {
            throw new InvalidInputException("name", "must be a plain file name ending in .ld, .wav, .cfg, .csv, .png, .jpg, .xml, .zip,"
                    + " .tar, .txt, .log, .bak, .htm, .html or .mp3");
        }
        return name;
    }
}
