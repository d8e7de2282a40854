package org.dialtone.tasks.internal;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SIP NOTIFY {@code Event: check-sync} that makes a UC Software phone re-read its configuration (DEVICES.md 1.9:
 * the minimal message Posh-UCS and PolyPhoneManager send, plus the Subscription-State RFC 6665 asks of a NOTIFY). The
 * Call-ID carries the device's MAC, which phones ignore and a simulated fleet on one port routes by.
 */
final class CheckSync {
    private static final Pattern STATUS = Pattern.compile("^SIP/2\\.0 (\\d{3}) ?([^\\r\\n]*)");

    private CheckSync() {
    }

    static byte[] notify(String target, String local, int localPort, String mac, String token) {
        String message = "NOTIFY sip:" + target + " SIP/2.0\r\n"
                + "Via: SIP/2.0/UDP " + local + ":" + localPort + ";branch=z9hG4bK" + token + ";rport\r\n"
                + "Max-Forwards: 70\r\n"
                + "From: <sip:dialtone@" + local + ">;tag=" + token + "\r\n"
                + "To: <sip:" + target + ">\r\n"
                + "Call-ID: " + token + "-" + (mac == null ? "device" : mac) + "@" + local + "\r\n"
                + "CSeq: 1300 NOTIFY\r\n"
                + "Contact: <sip:dialtone@" + local + ":" + localPort + ">\r\n"
                + "Event: check-sync\r\n"
                + "Subscription-State: terminated\r\n"
                + "Content-Length: 0\r\n\r\n";
        return message.getBytes(StandardCharsets.US_ASCII);
    }

    /** A SIP response's status code and reason phrase, or null when the datagram is not a SIP response. */
    static String[] status(byte[] datagram, int length) {
        Matcher status = STATUS.matcher(new String(datagram, 0, length, StandardCharsets.US_ASCII));
        return status.find() ? new String[] {status.group(1), status.group(2).strip()} : null;
    }
}
