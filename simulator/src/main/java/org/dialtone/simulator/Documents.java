package org.dialtone.simulator;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Reads what the server sends the way a device must: well-formed XML or it is an error. DTDs are refused. */
final class Documents {
    /** The master configuration attributes a phone acts on. */
    record Master(List<String> configFiles, Map<String, String> attributes) {
        String directory(String name) {
            String dir = attributes.getOrDefault(name, "").strip();
            return dir.isEmpty() ? "" : (dir.endsWith("/") ? dir : dir + "/");
        }
    }

    static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private Documents() {
    }

    /** The root element's name and attributes. */
    static Map.Entry<String, Map<String, String>> root(String xml) throws Malformed {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            String name = null;
            Map<String, String> attributes = new HashMap<>();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new Malformed("a DOCTYPE");
                }
                if (event == XMLStreamConstants.START_ELEMENT && name == null) {
                    name = reader.getLocalName();
                    for (int i = 0; i < reader.getAttributeCount(); i++) {
                        attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
                    }
                }
            }
            if (name == null) {
                throw new Malformed("no root element");
            }
            return Map.entry(name, attributes);
        } catch (XMLStreamException e) {
            throw new Malformed(e.getMessage());
        }
    }

    static Master master(String xml) throws Malformed {
        Map.Entry<String, Map<String, String>> root = root(xml);
        if (!root.getKey().equals("APPLICATION")) {
            throw new Malformed("root is <" + root.getKey() + ">, not <APPLICATION>");
        }
        String files = root.getValue().get("CONFIG_FILES");
        if (files == null) {
            throw new Malformed("no CONFIG_FILES");
        }
        List<String> configFiles = new ArrayList<>();
        for (String file : files.split(",")) {
            if (!file.isBlank()) {
                configFiles.add(file.strip());
            }
        }
        return new Master(configFiles, root.getValue());
    }
}
