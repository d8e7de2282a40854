package org.dialtone.monitoring.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.dialtone.api.inventory.SipRegistration;
import org.dialtone.store.DeviceStateRepository.Heard;
import org.junit.Test;

public class TelephonyEventsTest {
    private static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

    private static TelephonyEvent parse(String xml) throws TelephonyEvents.NotAnEvent {
        return TelephonyEvents.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    public void aLineRegistrationRegistersItsLine() throws Exception {
        TelephonyEvent event = parse("<?xml version=\"1.0\"?><PolycomIPPhone><LineRegistrationEvent><PhoneIP>10.0.0.5</PhoneIP>"
                + "<MACAddress>0004F2A1B2C3</MACAddress><LineNumber>2</LineNumber><TimeStamp>2008-07-11T13:19:53-08:00</TimeStamp>"
                + "</LineRegistrationEvent></PolycomIPPhone>");
        assertEquals("0004f2a1b2c3", event.mac());
        Heard heard = TelephonyEvents.heard(event, NOW);
        assertEquals(1, heard.lines().size());
        assertEquals(2, heard.lines().get(0).line());
        assertEquals(SipRegistration.REGISTERED, heard.lines().get(0).registration());
        assertEquals("EVENT", heard.source());
    }

    @Test
    public void theGuidesMalformedSampleIsReadForWhatIsWhole() throws Exception {
        // The vendor's sample breaks its own MACAddress tag; a phone that sends a whole one elsewhere in it is still read.
        TelephonyEvent event = parse("<PolycomIPPhone><LineUnregistrationEvent><PhoneIP>172.24.128.120</PhoneIP><MACAddress </MACAddress>"
                + "<MACAddress>0004f2000002</MACAddress><LineNumber>1</LineNumber></LineUnregistrationEvent></PolycomIPPhone>");
        assertEquals("LineUnregistrationEvent", event.type());
        assertEquals("0004f2000002", event.mac());
        assertEquals(SipRegistration.UNREGISTERED, TelephonyEvents.heard(event, NOW).lines().get(0).registration());
    }

    @Test
    public void anEventWithoutAMacIsRefused() {
        assertThrows(TelephonyEvents.NotAnEvent.class, () -> parse("<PolycomIPPhone><OffHookEvent><MACAddress </MACAddress>"
                + "</OffHookEvent></PolycomIPPhone>"));
    }

    @Test
    public void aDoctypeIsRefused() {
        TelephonyEvents.NotAnEvent refused = assertThrows(TelephonyEvents.NotAnEvent.class, () -> parse("<?xml version=\"1.0\"?>"
                + "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><PolycomIPPhone><OffHookEvent><MACAddress>&e;</MACAddress>"
                + "</OffHookEvent></PolycomIPPhone>"));
        assertTrue(refused.getMessage(), refused.getMessage().contains("document type"));
    }

    @Test
    public void otherDocumentsAreNotEvents() {
        assertThrows(TelephonyEvents.NotAnEvent.class, () -> parse("<html><body>hello</body></html>"));
        assertThrows(TelephonyEvents.NotAnEvent.class, () -> parse("not xml at all"));
        assertThrows(TelephonyEvents.NotAnEvent.class, () -> parse("<PolycomIPPhone></PolycomIPPhone>"));
    }

    @Test
    public void aConnectedCallPutsItsLineInACallAndFreeEndsIt() throws Exception {
        String call = "<PolycomIPPhone><CallStateChangeEvent CallReference=\"41aa9c00\" CallState=\"%s\"><PhoneIP>10.0.0.5</PhoneIP>"
                + "<MACAddress>0004f2a1b2c3</MACAddress><LineNumber>1</LineNumber><CallLineInfo><LineKeyNum>1</LineKeyNum>"
                + "<LineDirNum>sip:1006@example.com</LineDirNum><LineState>Active</LineState><CallInfo><CallState>%s</CallState>"
                + "<CallType>Outgoing</CallType><UIAppearanceIndex>1*</UIAppearanceIndex></CallInfo></CallLineInfo></CallStateChangeEvent>"
                + "</PolycomIPPhone>";
        Heard connected = TelephonyEvents.heard(parse(String.format(call, "Connected", "Connected")), NOW);
        assertEquals(Boolean.TRUE, connected.lines().get(0).inCall());
        assertEquals("Connected", connected.lines().get(0).callState());
        assertEquals("sip:1006@example.com", connected.lines().get(0).address());
        Heard dialtone = TelephonyEvents.heard(parse(String.format(call, "Dialtone", "Dialtone")), NOW);
        assertEquals(Boolean.FALSE, dialtone.lines().get(0).inCall());
        Heard free = TelephonyEvents.heard(parse(String.format(call, "Free", "Free")), NOW);
        assertEquals(Boolean.FALSE, free.lines().get(0).inCall());
        assertNull(free.lines().get(0).callState());
    }

    @Test
    public void userSignInAndOut() throws Exception {
        Heard in = TelephonyEvents.heard(parse("<PolycomIPPhone><UserLoginOutEvent><PhoneIP>10.0.0.5</PhoneIP><MACAddress>0004f2a1b2c3"
                + "</MACAddress><CallLineInfo><LineKeyNum>1</LineKeyNum><LineDirNum>4711</LineDirNum></CallLineInfo>"
                + "<UserLoggedIn>jdoe</UserLoggedIn></UserLoginOutEvent></PolycomIPPhone>"), NOW);
        assertTrue(in.userChanged());
        assertEquals("jdoe", in.user());
        assertEquals("4711", in.lines().get(0).address());
        Heard out = TelephonyEvents.heard(parse("<PolycomIPPhone><UserLoginOutEvent><MACAddress>0004f2a1b2c3</MACAddress>"
                + "<UserLoggedOut/></UserLoginOutEvent></PolycomIPPhone>"), NOW);
        assertTrue(out.userChanged());
        assertNull(out.user());
    }

    @Test
    public void hookEventsSayOnlyTheHook() throws Exception {
        Heard off = TelephonyEvents.heard(parse("<PolycomIPPhone><OffHookEvent><MACAddress>0004f2a1b2c3</MACAddress></OffHookEvent>"
                + "</PolycomIPPhone>"), NOW);
        assertEquals(Boolean.TRUE, off.offHook());
        assertNull(off.inCall());
        assertFalse(off.userChanged());
    }

    @Test
    public void theRateLimitHoldsABurstAndRefills() {
        RateLimit limit = new RateLimit(60);
        long t = 0;
        int allowed = 0;
        for (int i = 0; i < 50; i++) {
            allowed += limit.allow("a", t) ? 1 : 0;
        }
        assertEquals(12, allowed);
        assertFalse(limit.allow("a", t));
        assertTrue("another device has its own bucket", limit.allow("b", t));
        assertTrue("one more a second later", limit.allow("a", t + 1_000_000_000L));
    }
}
