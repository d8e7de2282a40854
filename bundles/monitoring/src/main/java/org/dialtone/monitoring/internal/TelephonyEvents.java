package org.dialtone.monitoring.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads {@code <PolycomIPPhone>} event documents. Well-formed ones go through StAX (no DTDs, no entities); the vendor's
 * own sample is malformed ({@code <MACAddress </MACAddress>}), so a document StAX refuses is read again tag by tag,
 * keeping whatever elements are whole. A DOCTYPE is refused either way.
 */
final class TelephonyEvents {
    private static final Pattern DOCTYPE = Pattern.compile("<!\\s*DOCTYPE|<!\\s*ENTITY", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<(/?)([A-Za-z_][\\w.:-]*)((?:\\s+[^<>]*?)?)(/?)>");
    private static final XMLInputFactory FACTORY = factory();
    /** Call states in which a line is in a call (the others: Dialtone, Free, Disconnected, Ncas). */
    private static final java.util.Set<String> IN_CALL = java.util.Set.of("setup", "ringback", "offering", "connected", "hold", "held", "active");

    private TelephonyEvents() {
    }

    /** Why a document is not an event, in words for the log. */
    static final class NotAnEvent extends Exception {
        private static final long serialVersionUID = 1L;

        NotAnEvent(String message) {
            super(message);
        }
    }

    static TelephonyEvent parse(byte[] body) throws NotAnEvent {
        String text = new String(body, StandardCharsets.UTF_8);
        if (DOCTYPE.matcher(text).find()) {
            throw new NotAnEvent("a document type declaration is refused");
        }
        Node root = strict(body).orElseGet(() -> lenient(text));
        if (root == null || !root.name.equalsIgnoreCase("PolycomIPPhone")) {
            throw new NotAnEvent("the document is not a <PolycomIPPhone> event");
        }
        Node event = root.children.stream().findFirst().orElseThrow(() -> new NotAnEvent("<PolycomIPPhone> holds no event"));
        String mac = event.text("MACAddress");
        if (mac == null || !mac.replaceAll("[^0-9A-Fa-f]", "").matches("[0-9A-Fa-f]{12}")) {
            throw new NotAnEvent(event.name + " names no MAC address");
        }
        List<TelephonyEvent.CallLine> lines = new ArrayList<>();
        for (Node info : event.all("CallLineInfo")) {
            Node call = info.child("CallInfo");
            lines.add(new TelephonyEvent.CallLine(number(info.text("LineKeyNum")), info.text("LineDirNum"), info.text("LineState"),
                    call == null ? null : call.text("CallState")));
        }
        String callState = event.attribute("CallState");
        if (callState != null && lines.stream().noneMatch(l -> l.callState() != null)) {
            int line = number(event.text("LineNumber"));
            lines.add(new TelephonyEvent.CallLine(line, null, "Active", callState));
        }
        return new TelephonyEvent(event.name, mac.replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT), event.text("PhoneIP"),
                number(event.text("LineNumber")), lines, event.text("UserLoggedIn"), event.child("UserLoggedOut") != null, event.text("TimeStamp"));
    }

    /** What an event says of the device; the server's clock counts, not the phone's. */
    static org.dialtone.store.DeviceStateRepository.Heard heard(TelephonyEvent event, Instant at) {
        List<org.dialtone.store.DeviceStateRepository.LineReport> lines = new ArrayList<>();
        Boolean inCall = null;
        Boolean offHook = null;
        boolean userChanged = false;
        switch (event.type()) {
            case "LineRegistrationEvent" -> lines.add(new org.dialtone.store.DeviceStateRepository.LineReport(Math.max(1, event.line()), null, null, org.dialtone.api.inventory.SipRegistration.REGISTERED, null, null));
            case "LineUnregistrationEvent" -> lines.add(new org.dialtone.store.DeviceStateRepository.LineReport(Math.max(1, event.line()), null, null, org.dialtone.api.inventory.SipRegistration.UNREGISTERED, null, null));
            case "IncomingCallEvent", "OutgoingCallEvent" -> inCall = true;
            case "OffHookEvent" -> offHook = true;
            case "OnHookEvent" -> offHook = false;
            case "UserLoginOutEvent" -> userChanged = true;
            default -> { }
        }
        for (TelephonyEvent.CallLine line : event.callLines()) {
            int number = line.line() > 0 ? line.line() : Math.max(1, event.line());
            if (event.type().equals("CallStateChangeEvent")) {
                boolean active = line.callState() != null && IN_CALL.contains(line.callState().toLowerCase(Locale.ROOT));
                lines.add(new org.dialtone.store.DeviceStateRepository.LineReport(number, line.directoryNumber(), null, null, active ? line.callState() : null, active));
            } else if (line.directoryNumber() != null) {
                lines.add(new org.dialtone.store.DeviceStateRepository.LineReport(number, line.directoryNumber(), null, null, null, null));
            }
        }
        return new org.dialtone.store.DeviceStateRepository.Heard("EVENT", at, event.type(), lines, false, inCall, offHook, userChanged, event.loggedOut() ? null : event.user(), null, null);
    }

    private static int number(String text) {
        if (text == null) {
            return 0;
        }
        String digits = text.strip().replaceAll("\\D.*$", "");
        try {
            return digits.isEmpty() || digits.length() > 4 ? 0 : Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static Optional<Node> strict(byte[] body) {
        Deque<Node> open = new ArrayDeque<>();
        Node root = null;
        try {
            XMLStreamReader reader = FACTORY.createXMLStreamReader(new ByteArrayInputStream(body));
            try {
                while (reader.hasNext()) {
                    switch (reader.next()) {
                        case XMLStreamConstants.START_ELEMENT -> {
                            Node node = new Node(reader.getLocalName());
                            for (int i = 0; i < reader.getAttributeCount(); i++) {
                                node.attributes.add(new String[] {reader.getAttributeLocalName(i), reader.getAttributeValue(i)});
                            }
                            if (open.isEmpty()) {
                                root = node;
                            } else {
                                open.peek().children.add(node);
                            }
                            open.push(node);
                        }
                        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                            if (!open.isEmpty()) {
                                open.peek().text.append(reader.getText());
                            }
                        }
                        case XMLStreamConstants.END_ELEMENT -> open.pop();
                        default -> { }
                    }
                }
            } finally {
                reader.close();
            }
        } catch (XMLStreamException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(root);
    }

    /** Tag by tag: an element whose tag is broken is skipped, and so is a closing tag that closes nothing open. */
    private static Node lenient(String text) {
        Deque<Node> open = new ArrayDeque<>();
        Node root = null;
        Matcher tag = TAG.matcher(text);
        int textFrom = 0;
        while (tag.find()) {
            if (!open.isEmpty()) {
                open.peek().text.append(between(text, textFrom, tag.start()));
            }
            textFrom = tag.end();
            String name = tag.group(2);
            if (tag.group(1).isEmpty()) {
                Node node = new Node(name);
                Matcher attribute = Pattern.compile("([\\w.:-]+)\\s*=\\s*\"([^\"]*)\"").matcher(tag.group(3));
                while (attribute.find()) {
                    node.attributes.add(new String[] {attribute.group(1), attribute.group(2)});
                }
                if (open.isEmpty()) {
                    if (root != null) {
                        break;
                    }
                    root = node;
                } else {
                    open.peek().children.add(node);
                }
                if (tag.group(4).isEmpty()) {
                    open.push(node);
                }
            } else if (open.stream().anyMatch(n -> n.name.equals(name))) {
                while (!open.pop().name.equals(name)) {
                    // closes what was left open inside it
                }
            }
        }
        return root;
    }

    private static String between(String text, int from, int to) {
        String part = text.substring(from, to);
        int broken = part.indexOf('<');
        return (broken < 0 ? part : part.substring(0, broken)).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&apos;", "'").replace("&amp;", "&");
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return factory;
    }

    private static final class Node {
        final String name;
        final List<String[]> attributes = new ArrayList<>();
        final List<Node> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Node(String name) {
            this.name = name;
        }

        Node child(String childName) {
            return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).findFirst().orElse(null);
        }

        List<Node> all(String childName) {
            return children.stream().filter(c -> c.name.equalsIgnoreCase(childName)).toList();
        }

        String text(String childName) {
            Node child = child(childName);
            if (child == null) {
                return null;
            }
            String value = child.text.toString().strip();
            return value.isEmpty() ? null : value;
        }

        String attribute(String attributeName) {
            return attributes.stream().filter(a -> a[0].equalsIgnoreCase(attributeName)).map(a -> a[1]).findFirst().orElse(null);
        }
    }
}
