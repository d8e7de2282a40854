package org.dialtone.tasks.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.Test;

public class CheckSyncTest {
    @Test
    public void theNotifyIsTheMinimalCheckSyncWithTheDevicesMacInItsCallId() {
        String message = new String(CheckSync.notify("192.0.2.7:5060", "192.0.2.1", 40000, "0004f2abcdef", "t0k3n"), StandardCharsets.US_ASCII);
        assertTrue(message, message.startsWith("NOTIFY sip:192.0.2.7:5060 SIP/2.0\r\n"));
        assertTrue(message, message.contains("\r\nEvent: check-sync\r\n"));
        assertTrue(message, message.contains("\r\nCSeq: 1300 NOTIFY\r\n"));
        assertTrue(message, message.contains("\r\nTo: <sip:192.0.2.7:5060>\r\n"));
        assertTrue(message, message.contains("\r\nVia: SIP/2.0/UDP 192.0.2.1:40000;branch=z9hG4bKt0k3n;rport\r\n"));
        assertTrue(message, message.contains("\r\nCall-ID: t0k3n-0004f2abcdef@192.0.2.1\r\n"));
        assertTrue("ends with an empty body", message.endsWith("\r\nContent-Length: 0\r\n\r\n"));
    }

    @Test
    public void aResponsesStatusIsReadAndAnythingElseIsNotOne() {
        byte[] ok = "SIP/2.0 200 OK\r\nVia: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertArrayEquals(new String[] {"200", "OK"}, CheckSync.status(ok, ok.length));
        byte[] refused = "SIP/2.0 489 Bad Event\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertEquals("489", CheckSync.status(refused, refused.length)[0]);
        byte[] request = "NOTIFY sip:x SIP/2.0\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        assertNull(CheckSync.status(request, request.length));
    }
}
