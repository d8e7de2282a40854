package org.dialtone.software.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.software.SoftwareFile;
import org.dialtone.store.ContentFiles;

/**
 * A received package in the content store: what it lists for the drivers to read, and the files devices download out
 * of it, each stored once under its SHA-256, all within the cap. What an upload adds is remembered, so that a refused
 * one leaves nothing behind.
 */
final class PackageArchive {
    private static final Pattern FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final int MAX_ENTRIES = 10_000;
    private static final int MAX_TEXT = 4096;

    private final ContentFiles contents;
    private final long maxBytes;
    private final List<ContentFiles.Stored> created = new ArrayList<>();

    PackageArchive(ContentFiles contents, long maxBytes) {
        this.contents = contents;
        this.maxBytes = maxBytes;
    }

    /** Stores the package itself under the cap. */
    ContentFiles.Stored receive(InputStream content) throws IOException {
        return put(content, maxBytes);
    }

    /** The archive's file names, and the text of its small .ver/.txt files for the drivers to read. */
    List<String> entries(Path zip, Map<String, String> texts) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            List<String> entries = new ArrayList<>();
            Enumeration<? extends ZipEntry> all = file.entries();
            while (all.hasMoreElements()) {
                ZipEntry entry = all.nextElement();
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InvalidInputException("file", "holds more than " + MAX_ENTRIES + " files; this is no software package");
                }
                entries.add(entry.getName());
                String lower = entry.getName().toLowerCase(Locale.ROOT);
                if ((lower.endsWith(".ver") || lower.endsWith(".txt")) && entry.getSize() >= 0 && entry.getSize() <= MAX_TEXT) {
                    try (InputStream in = file.getInputStream(entry)) {
                        texts.put(entry.getName(), new String(in.readNBytes(MAX_TEXT), StandardCharsets.UTF_8));
                    }
                }
            }
            return entries;
        } catch (ZipException e) {
            throw new InvalidInputException("file", "is not a readable ZIP archive (" + e.getMessage() + "); upload the package again");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores the files devices download out of the archive; all of them within the cap. */
    List<SoftwareFile> extract(Path zip, Set<String> wanted) throws IOException {
        List<SoftwareFile> files = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        long total = 0;
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            for (String entryName : wanted) {
                String name = entryName.substring(entryName.lastIndexOf('/') + 1);
                if (!FILE.matcher(name).matches() || !names.add(name.toLowerCase(Locale.ROOT))) {
                    throw new InvalidInputException("file", "holds two device files named " + name + " or an unusable name; upload one release per package");
                }
                try (InputStream in = archive.getInputStream(archive.getEntry(entryName))) {
                    ContentFiles.Stored stored = put(in, maxBytes - total);
                    total += stored.bytes();
                    files.add(new SoftwareFile(name, stored.sha256(), stored.bytes()));
                } catch (ZipException e) {
                    throw new InvalidInputException("file", "is a damaged ZIP archive (" + e.getMessage() + "); upload the package again");
                }
            }
        }
        return files;
    }

    /** Removes what this upload added. */
    void discard() throws IOException {
        for (ContentFiles.Stored stored : created) {
            contents.delete(stored.sha256());
        }
    }

    private ContentFiles.Stored put(InputStream content, long cap) throws IOException {
        try {
            ContentFiles.Stored stored = contents.put(content, cap);
            if (stored.created()) {
                created.add(stored);
            }
            return stored;
        } catch (ContentFiles.TooLargeException e) {
            throw new InvalidInputException("file", "is larger than " + maxBytes + " bytes (unpacked, for a package), the limit set by"
                    + " maxBytes in etc/org.dialtone.software.cfg");
        }
    }
}
