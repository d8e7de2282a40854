package org.dialtone.driver.groupseries.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;
import org.dialtone.driver.spi.Parameter;

/**
 * The Polaris provisioning exchange of RealPresence Group Series (DEVICES.md 3.4): the system POSTs a
 * {@code ProvisionRequestMessage} naming itself, the server answers a {@code ProvisionResponseMessage} whose
 * {@code provItems} carry the settings.
 */
final class PolarisMessages {
    /** What a request says about the system; fields it left out are null. */
    record ProvisionRequest(String deviceType, String serialNumber, String model, String softwareVersion) {
    }

    private PolarisMessages() {
    }

    /** Reads a request document with DTDs and external entities off; empty when it is not a ProvisionRequestMessage. */
    static Optional<ProvisionRequest> readRequest(String body) {
        if (body == null || body.isBlank() || body.length() > 65_536) {
            return Optional.empty();
        }
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, String> fields = new HashMap<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new StringReader(body.strip()));
            try {
                int depth = 0;
                String root = null;
                String field = null;
                StringBuilder value = new StringBuilder();
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.DTD) {
                        return Optional.empty();
                    }
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        depth++;
                        if (depth == 1) {
                            root = xml.getLocalName();
                            if (!"ProvisionRequestMessage".equals(root)) {
                                return Optional.empty();
                            }
                        } else if (depth == 2) {
                            field = xml.getLocalName();
                            value.setLength(0);
                        }
                    } else if (event == XMLStreamConstants.CHARACTERS && depth == 2) {
                        value.append(xml.getText());
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (depth == 2 && field != null) {
                            fields.putIfAbsent(field, value.toString().strip());
                        }
                        depth--;
                    }
                }
                return root == null ? Optional.empty() : Optional.of(new ProvisionRequest(fields.get("deviceType"),
                        fields.get("serialNumber"), fields.get("model"), fields.get("softwareVersion")));
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            return Optional.empty();
        }
    }

    /** The answer: {@code status OK} and every parameter as an attribute of one {@code ALL} item, in order. */
    static String response(List<Parameter> parameters) {
        try {
            StringWriter text = new StringWriter();
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("ProvisionResponseMessage");
            xml.writeNamespace("ns2", "http://polycom.com/polaris");
            element(xml, "protocolVersion", "1.0");
            element(xml, "status", "OK");
            xml.writeCharacters("\n  ");
            xml.writeStartElement("provItems");
            element(xml, "provItemsVersion", "1.0");
            xml.writeCharacters("\n    ");
            xml.writeEmptyElement("ALL");
            for (Parameter p : parameters) {
                xml.writeAttribute(p.name(), p.value() == null ? "" : p.value());
            }
            xml.writeCharacters("\n  ");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndDocument();
            xml.close();
            return text.toString();
        } catch (XMLStreamException e) {
            throw new IllegalArgumentException("a parameter name is not a valid XML attribute name: " + e.getMessage(), e);
        }
    }

    private static void element(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(name);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
