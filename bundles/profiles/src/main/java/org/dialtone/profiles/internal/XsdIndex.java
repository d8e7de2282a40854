package org.dialtone.profiles.internal;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.dialtone.api.InvalidInputException;
import org.dialtone.api.profiles.SchemaAttribute;

/**
 * The parameters a device XSD defines, read once into memory: every {@code attribute} with a name, its type
 * resolved through named {@code simpleType}s to a base type with enumeration, range and length facets.
 * Polycom schemas are flat lists of tens of thousands of attributes; a substring search over the lower-case
 * names takes well under a millisecond.
 */
final class XsdIndex {
    private final Map<String, SchemaAttribute> byName;
    private final String[] names;
    private final String[] lowerNames;

    private XsdIndex(Map<String, SchemaAttribute> byName) {
        this.byName = byName;
        this.names = byName.keySet().toArray(String[]::new);
        this.lowerNames = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            lowerNames[i] = names[i].toLowerCase(Locale.ROOT);
        }
    }

    /** One index over several schemas; where two define a parameter, the earlier schema's definition counts. */
    static XsdIndex merge(java.util.Collection<XsdIndex> indexes) {
        Map<String, SchemaAttribute> byName = new TreeMap<>();
        for (XsdIndex index : indexes) {
            index.byName.forEach(byName::putIfAbsent);
        }
        return new XsdIndex(byName);
    }

    int size() {
        return names.length;
    }

    SchemaAttribute get(String name) {
        return byName.get(name);
    }

    List<SchemaAttribute> search(String text, int limit) {
        String needle = text.strip().toLowerCase(Locale.ROOT);
        List<SchemaAttribute> hits = new ArrayList<>();
        for (int i = 0; i < names.length && hits.size() < limit; i++) {
            if (lowerNames[i].contains(needle)) {
                hits.add(byName.get(names[i]));
            }
        }
        return hits;
    }

    /** Null when the value is acceptable, else what is wrong with it. Empty means "not set" and is always accepted. */
    static String check(SchemaAttribute a, String value) {
        if (value.isEmpty()) {
            return null;
        }
        if (!a.enumeration().isEmpty() && !a.enumeration().contains(value)) {
            return "must be one of " + String.join(", ", a.enumeration());
        }
        switch (a.type()) {
            case "boolean" -> {
                if (!List.of("0", "1", "true", "false").contains(value)) {
                    return "must be 0 or 1 (true or false)";
                }
            }
            case "integer" -> {
                long number;
                try {
                    number = Long.parseLong(value);
                } catch (NumberFormatException e) {
                    return "must be a whole number" + range(a);
                }
                if (a.minInclusive() != null && number < a.minInclusive() || a.maxInclusive() != null && number > a.maxInclusive()) {
                    return "must be" + range(a);
                }
            }
            case "decimal" -> {
                try {
                    BigDecimal number = new BigDecimal(value);
                    if (a.minInclusive() != null && number.compareTo(BigDecimal.valueOf(a.minInclusive())) < 0
                            || a.maxInclusive() != null && number.compareTo(BigDecimal.valueOf(a.maxInclusive())) > 0) {
                        return "must be" + range(a);
                    }
                } catch (NumberFormatException e) {
                    return "must be a number" + range(a);
                }
            }
            default -> { }
        }
        if (a.minLength() != null && value.length() < a.minLength() || a.maxLength() != null && value.length() > a.maxLength()) {
            return "must be " + (a.minLength() == null ? 0 : a.minLength()) + " to " + (a.maxLength() == null ? "any number of" : a.maxLength())
                    + " characters long, not " + value.length();
        }
        return null;
    }

    private static String range(SchemaAttribute a) {
        if (a.minInclusive() == null && a.maxInclusive() == null) {
            return "";
        }
        return " from " + (a.minInclusive() == null ? "any" : a.minInclusive()) + " to " + (a.maxInclusive() == null ? "any" : a.maxInclusive());
    }

    /** A simple type as declared: its base (a built-in or another named type) and its facets. */
    private static final class TypeDecl {
        String base;
        final List<String> enumeration = new ArrayList<>();
        Long min;
        Long max;
        Integer minLength;
        Integer maxLength;
    }

    private record AttributeDecl(String name, String type, TypeDecl inline, String defaultValue, StringBuilder documentation) {
    }

    static XsdIndex parse(byte[] xsd) {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, TypeDecl> types = new HashMap<>();
        List<AttributeDecl> attributes = new ArrayList<>();
        AttributeDecl attribute = null;
        TypeDecl type = null;
        boolean inDocumentation = false;
        boolean schemaSeen = false;
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(xsd));
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException("file", "contains a DOCTYPE declaration; schemas have none, remove it");
                }
                if (event == XMLStreamConstants.START_ELEMENT) {
                    String element = xml.getLocalName();
                    switch (element) {
                        case "schema" -> schemaSeen = true;
                        case "simpleType" -> {
                            type = new TypeDecl();
                            String name = xml.getAttributeValue(null, "name");
                            if (name != null) {
                                types.put(name, type);
                            } else if (attribute != null && attribute.inline() == null) {
                                attribute = new AttributeDecl(attribute.name(), attribute.type(), type, attribute.defaultValue(), attribute.documentation());
                                attributes.set(attributes.size() - 1, attribute);
                            }
                        }
                        case "restriction" -> {
                            if (type != null) {
                                type.base = xml.getAttributeValue(null, "base");
                            }
                        }
                        case "enumeration" -> {
                            if (type != null) {
                                type.enumeration.add(xml.getAttributeValue(null, "value"));
                            }
                        }
                        case "minInclusive", "maxInclusive", "minLength", "maxLength", "length" -> facet(type, element, xml.getAttributeValue(null, "value"));
                        case "attribute" -> {
                            String name = xml.getAttributeValue(null, "name");
                            if (name != null) {
                                attribute = new AttributeDecl(name, xml.getAttributeValue(null, "type"), null,
                                        xml.getAttributeValue(null, "default"), new StringBuilder());
                                attributes.add(attribute);
                            }
                        }
                        case "documentation" -> inDocumentation = true;
                        default -> { }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS && inDocumentation && attribute != null && attribute.documentation().length() < 1000) {
                    attribute.documentation().append(xml.getText());
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "simpleType" -> type = null;
                        case "attribute" -> attribute = null;
                        case "documentation" -> inDocumentation = false;
                        default -> { }
                    }
                }
            }
        } catch (XMLStreamException e) {
            String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber();
            throw new InvalidInputException("file", "is not well-formed XML" + where);
        }
        if (!schemaSeen) {
            throw new InvalidInputException("file", "is not an XML schema: it has no xsd:schema element");
        }
        if (attributes.isEmpty()) {
            throw new InvalidInputException("file", "defines no attributes; a device schema lists each parameter as an xsd:attribute");
        }
        Map<String, SchemaAttribute> byName = new TreeMap<>();
        for (AttributeDecl a : attributes) {
            byName.put(a.name(), resolve(a, types));
        }
        return new XsdIndex(byName);
    }

    private static void facet(TypeDecl type, String facet, String value) {
        if (type == null || value == null) {
            return;
        }
        try {
            switch (facet) {
                case "minInclusive" -> type.min = new BigDecimal(value.strip()).longValue();
                case "maxInclusive" -> type.max = new BigDecimal(value.strip()).longValue();
                case "minLength" -> type.minLength = Integer.valueOf(value.strip());
                case "maxLength" -> type.maxLength = Integer.valueOf(value.strip());
                default -> {
                    type.minLength = Integer.valueOf(value.strip());
                    type.maxLength = type.minLength;
                }
            }
        } catch (NumberFormatException ignored) {
            // A facet this index cannot read is not checked; the device still gets the value.
        }
    }

    private static SchemaAttribute resolve(AttributeDecl a, Map<String, TypeDecl> types) {
        List<String> enumeration = new ArrayList<>();
        Long min = null;
        Long max = null;
        Integer minLength = null;
        Integer maxLength = null;
        String typeName = a.inline() != null ? a.inline().base : a.type();
        TypeDecl decl = a.inline();
        for (int depth = 0; depth < 10; depth++) {
            if (decl != null) {
                if (enumeration.isEmpty()) {
                    enumeration.addAll(decl.enumeration);
                }
                min = min != null ? min : decl.min;
                max = max != null ? max : decl.max;
                minLength = minLength != null ? minLength : decl.minLength;
                maxLength = maxLength != null ? maxLength : decl.maxLength;
                typeName = decl.base;
            }
            TypeDecl next = typeName == null ? null : types.get(local(typeName));
            if (next == null || next == decl) {
                break;
            }
            decl = next;
        }
        String base = builtIn(typeName == null ? "string" : local(typeName));
        if (base.equals("integer")) {
            String raw = typeName == null ? "" : local(typeName);
            if (min == null && (raw.startsWith("unsigned") || raw.equals("nonNegativeInteger"))) {
                min = 0L;
            }
            if (min == null && raw.equals("positiveInteger")) {
                min = 1L;
            }
        }
        String documentation = a.documentation().toString().strip();
        return new SchemaAttribute(a.name(), base, enumeration, min, max, minLength, maxLength, a.defaultValue(),
                documentation.isEmpty() ? null : documentation);
    }

    private static String local(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private static String builtIn(String type) {
        return switch (type) {
            case "boolean" -> "boolean";
            case "int", "integer", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
                    "negativeInteger", "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte" -> "integer";
            case "decimal", "float", "double" -> "decimal";
            default -> "string";
        };
    }
}
