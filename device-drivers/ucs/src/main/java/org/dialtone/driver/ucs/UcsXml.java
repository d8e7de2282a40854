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
            xml.writeAttribute("APP_FILE_PATH", config.appFilePath() == null ? "" : config.appFilePath());
            xml.writeAttribute("CONFIG_FILES", configFiles);
            xml.writeAttribute("MISC_FILES", config.custom().getOrDefault("MISC_FILES", ""));
            for (String directory : DIRECTORIES) {
                xml.writeAttribute(directory, config.custom().getOrDefault(directory, config.directories().getOrDefault(directory, "")));
            }
            for (Map.Entry<String, String> custom : new java.util.TreeMap<>(config.custom()).entrySet()) {
                if (!custom.getKey().equals("MISC_FILES") && !DIRECTORIES.contains(custom.getKey())) {
                    xml.writeAttribute(custom.getKey(), custom.getValue());
                }
            }
            if (config.model() != null) {
                xml.writeStartElement("APPLICATION_" + config.model());
                xml.writeAttribute("APP_FILE_PATH_" + config.model(), config.appFilePathForModel() == null ? "" : config.appFilePathForModel());
                xml.writeAttribute("CONFIG_FILES_" + config.model(), configFiles);
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
                xml.writeAttribute(p.getKey(), p.getValue());
            }
            xml.writeEndElement();
        });
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
