package org.dialtone.store.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.osgi.framework.Bundle;

/** Reads the migrations packed into this bundle. */
final class BundleMigrationSource implements MigrationSource {
    static final String ROOT = "db/migration";

    private final Bundle bundle;

    BundleMigrationSource(Bundle bundle) {
        this.bundle = bundle;
    }

    @Override
    public List<Migration> load(Dialect dialect) {
        Map<Integer, Migration> byVersion = new TreeMap<>();
        read(ROOT, byVersion);
        read(ROOT + "/" + dialect.folder(), byVersion);
        return new ArrayList<>(byVersion.values());
    }

    private void read(String folder, Map<Integer, Migration> into) {
        Enumeration<URL> entries = bundle.findEntries(folder, "V*.sql", false);
        while (entries != null && entries.hasMoreElements()) {
            URL url = entries.nextElement();
            String path = url.getPath();
            String name = path.substring(path.lastIndexOf('/') + 1);
            try (InputStream in = url.openStream()) {
                Migration m = Migration.fromFile(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
                into.put(m.version(), m);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read migration " + path, e);
            }
        }
    }
}
