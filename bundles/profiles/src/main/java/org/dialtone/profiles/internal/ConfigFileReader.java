package org.dialtone.profiles.internal;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dialtone.api.Uploads;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.ProfileAttribute;

/**
 * Reads a Polycom configuration file: every attribute of every element is a parameter, whatever the element
 * names (DEVICES.md 1.4). Namespaced attributes ({@code xmlns:xsi}, {@code xsi:noNamespaceSchemaLocation})
 * are not parameters. A DOCTYPE is refused outright, so neither external entities nor entity expansion can
 * happen; the file size and the parameter count are capped. A parameter set twice keeps the later value.
 */
final class ConfigFileReader {
    static final int MAX_BYTES = 8 * 1024 * 1024;
    static final int MAX_PARAMETERS = 50_000;

    private ConfigFileReader() {
    }

    static List<ProfileAttribute> read(InputStream in) {
        byte[] bytes = Uploads.read(in, MAX_BYTES, "file", "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB; split it into several profiles");
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        Map<String, String> parameters = new LinkedHashMap<>();
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new java.io.ByteArrayInputStream(bytes));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException("file", "contains a DOCTYPE declaration (line " + xml.getLocation().getLineNumber()
                            + "); configuration files have none, remove it");
                }
                if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                    throw new InvalidInputException("file", "refers to the entity &" + xml.getLocalName() + "; (line "
                            + xml.getLocation().getLineNumber() + "); only the predefined XML entities are allowed");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    for (int i = 0; i < xml.getAttributeCount(); i++) {
                        String prefix = xml.getAttributePrefix(i);
                        if (prefix != null && !prefix.isEmpty()) {
                            continue;
                        }
                        parameters.remove(xml.getAttributeLocalName(i));
                        parameters.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
                        if (parameters.size() > MAX_PARAMETERS) {
                            throw new InvalidInputException("file", "sets more than " + MAX_PARAMETERS + " parameters");
                        }
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new InvalidInputException("file", "is not well-formed XML" + where + ": " + firstLine(e.getMessage()));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // Nothing is left to release for an in-memory source.
                }
            }
        }
        List<ProfileAttribute> attributes = new ArrayList<>(parameters.size());
        parameters.forEach((name, value) -> attributes.add(new ProfileAttribute(name, value)));
        return attributes;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String s = message.strip();
        int nl = s.lastIndexOf("Message: ");
        s = nl >= 0 ? s.substring(nl + 9) : s;
        int end = s.indexOf('\n');
        return end > 0 ? s.substring(0, end) : s;
    }
}
