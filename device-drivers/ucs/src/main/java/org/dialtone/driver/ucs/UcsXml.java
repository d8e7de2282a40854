package org.dialtone.driver.ucs;

import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dialtone.driver.spi.MasterConfig;
import org.dialtone.driver.spi.Parameter;

/** Writes the master configuration and polycomConfig files (DEVICES.md 1.2 and 1.4), escaped by a real XML writer. */
public final class UcsXml {
    static final List<String> DIRECTORIES = List.of("LOG_FILE_DIRECTORY", "OVERRIDES_DIRECTORY", "CONTACTS_DIRECTORY",
            "LICENSE_DIRECTORY", "USER_PROFILES_DIRECTORY", "CALL_LISTS_DIRECTORY", "COREFILE_DIRECTORY");

    private UcsXml() {
    }

    /** {@code <APPLICATION …>} with, for a model, its {@code APPLICATION_<MODEL>} child naming its split image where there is one. */
    public static String masterConfig(MasterConfig config) {
        return write(xml -> {
            xml.writeStartElement("APPLICATION");
            String configFiles = String.join(", ", config.configFiles());
            attribute(xml, "APP_FILE_PATH", config.appFilePath() == null ? "" : config.appFilePath());
            attribute(xml, "CONFIG_FILES", configFiles);
            attribute(xml, "MISC_FILES", config.custom().getOrDefault("MISC_FILES", ""));
            for (String directory : DIRECTORIES) {
                attribute(xml, directory, config.custom().getOrDefault(directory, config.directories().getOrDefault(directory, "")));
            }
            for (Map.Entry<String, String> custom : new java.util.TreeMap<>(config.custom()).entrySet()) {
                if (!custom.getKey().equals("MISC_FILES") && !DIRECTORIES.contains(custom.getKey())) {
                    attribute(xml, custom.getKey(), custom.getValue());
                }
            }
            if (config.model() != null) {
                xml.writeStartElement("APPLICATION_" + config.model());
                attribute(xml, "APP_FILE_PATH_" + config.model(), config.appFilePathForModel() == null ? "" : config.appFilePathForModel());
                attribute(xml, "CONFIG_FILES_" + config.model(), configFiles);
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** {@code <polycomConfig name="value" …/>}: the element name carries no meaning to the device. */
    /**
     * A polycomConfig file of these parameters, in order. Phones ignore a {@code device.*} parameter unless
     * {@code device.set} and its own {@code .set} companion are 1, so those are added where a profile left them out.
     */
    public static String configFile(List<Parameter> parameters) {
        java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> values.put(p.name(), p.value()));
        for (Parameter p : parameters) {
            if (p.name().startsWith("device.") && !p.name().endsWith(".set")) {
                values.putIfAbsent("device.set", "1");
                values.putIfAbsent(p.name() + ".set", "1");
            }
        }
        return write(xml -> {
            xml.writeStartElement("polycomConfig");
            for (java.util.Map.Entry<String, String> p : values.entrySet()) {
                attribute(xml, p.getKey(), p.getValue());
            }
            xml.writeEndElement();
        });
    }

    /** Refuses to write what XML 1.0 forbids (a phone could not parse the file): the answer is then an error, not a bad file. */
    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(legal(name, name), legal(name, value));
    }

    private static String legal(String name, String text) throws XMLStreamException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF || Character.isSurrogate(c)) {
                throw new XMLStreamException(name + " holds U+" + String.format("%04X", (int) c) + ", which XML 1.0 forbids");
            }
        }
        return text;
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("the file cannot be written as XML: " + e.getMessage(), e);
        }
    }
}
