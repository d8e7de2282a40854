package org.dialtone.profiles.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.Profile;
import org.dialtone.api.profiles.ProfileAttribute;

/**
 * User-defined profiles as a ZIP of Polycom configuration files, one {@code <name>.cfg} per profile with its
 * parameters as attributes of one element, in order. Reading it back is {@link ConfigFileReader} per entry;
 * entry names are used as profile names only, never as paths.
 */
final class ProfileZip {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL = 64L * 1024 * 1024;

    record Entry(String name, String description, List<ProfileAttribute> attributes) {
    }

    private ProfileZip() {
    }

    static void write(List<Profile> profiles, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        for (Profile profile : profiles) {
            zip.putNextEntry(new ZipEntry(profile.name() + ".cfg"));
            zip.write(cfg(profile).getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        zip.finish();
        zip.flush();
    }

    static String cfg(Profile profile) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            if (profile.description() != null) {
                xml.writeComment(" " + profile.description().replace("--", "- -") + " ");
                xml.writeCharacters("\n");
            }
            xml.writeStartElement("polycomConfig");
            for (ProfileAttribute a : profile.attributes()) {
                xml.writeAttribute(a.name(), a.value());
            }
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("profile " + profile.name() + " could not be written as XML", e);
        }
    }

    static List<Entry> read(InputStream in) {
        List<Entry> entries = new ArrayList<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                String base = entry.getName().substring(entry.getName().lastIndexOf('/') + 1);
                if (!base.toLowerCase(java.util.Locale.ROOT).endsWith(".cfg") && !base.toLowerCase(java.util.Locale.ROOT).endsWith(".xml")) {
                    continue;
                }
                if (entries.size() >= MAX_ENTRIES) {
                    throw new InvalidInputException("file", "holds more than " + MAX_ENTRIES + " profiles");
                }
                byte[] bytes = zip.readNBytes((int) Math.min(ConfigFileReader.MAX_BYTES + 1L, MAX_TOTAL - total + 1));
                total += bytes.length;
                if (total > MAX_TOTAL || bytes.length > ConfigFileReader.MAX_BYTES) {
                    throw new InvalidInputException("file", "unpacks to more than its limit; import fewer or smaller profiles at a time");
                }
                String name = base.substring(0, base.lastIndexOf('.'));
                String profileName = ProfileRules.name("file " + base, name);
                List<ProfileAttribute> attributes;
                try {
                    attributes = ConfigFileReader.read(new ByteArrayInputStream(bytes));
                } catch (InvalidInputException e) {
                    throw new InvalidInputException(base, e.rule());
                }
                entries.add(new Entry(profileName, description(bytes), attributes));
            }
        } catch (IOException e) {
            throw new InvalidInputException("file", "is not a readable ZIP archive: " + e.getMessage());
        }
        if (entries.isEmpty()) {
            throw new InvalidInputException("file", "holds no .cfg or .xml file");
        }
        return entries;
    }

    /** The first comment of the file, which {@link #cfg} writes from the description. */
    private static String description(byte[] bytes) {
        String text = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.UTF_8);
        int start = text.indexOf("<!--");
        int end = start < 0 ? -1 : text.indexOf("-->", start);
        int element = text.indexOf("<polycomConfig");
        if (start < 0 || end < 0 || element >= 0 && element < start) {
            return null;
        }
        String comment = text.substring(start + 4, end).strip();
        return comment.isEmpty() ? null : comment;
    }
}
